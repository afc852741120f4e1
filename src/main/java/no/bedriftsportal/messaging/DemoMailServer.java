package no.bedriftsportal.messaging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo's SMTP server, in the application's own JVM (GreenMail): it listens on loopback at
 * {@code spring.mail.host}:{@code spring.mail.port} (port 0: any free port), accepts every mail to
 * anyone and keeps it in memory, where {@code /dev/mail} shows it. The mail sender is wired to the
 * port it got, so the outbox sends real SMTP to it as it would to a production server.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoMailServer {

    @Bean(destroyMethod = "stop")
    GreenMail demoSmtpServer(@Value("${spring.mail.host:127.0.0.1}") String host, @Value("${spring.mail.port:3025}") int port) {
        ServerSetup setup = new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        return server;
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail demoSmtpServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(demoSmtpServer.getSmtp().getBindTo());
        sender.setPort(demoSmtpServer.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}

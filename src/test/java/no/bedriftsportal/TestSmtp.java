package no.bedriftsportal;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server for the suites that send e-mail (the shared test context has no mail sender on
 * purpose): GreenMail on a free loopback port, and the properties that give a suite's own context
 * its own database and a mail sender pointed at it.
 */
public final class TestSmtp {

    private TestSmtp() {
    }

    /** A GreenMail SMTP server on a free loopback port, started. */
    public static GreenMail started() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return smtp;
    }

    /** The suite's context: its database in {@code dataDirectory}, its mail sent to {@code smtp} without STARTTLS. */
    public static void register(DynamicPropertyRegistry registry, GreenMail smtp, String dataDirectory) {
        registry.add("portal.database.embedded.data-dir", () -> dataDirectory);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
    }
}

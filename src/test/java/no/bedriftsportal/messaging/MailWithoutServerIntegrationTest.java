package no.bedriftsportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.PortalIntegrationTest;

/**
 * A portal with no SMTP server configured (no {@code spring.mail.host}, as the tests run): it is
 * healthy all the same, and mails wait in the outbox instead of failing.
 */
@PortalIntegrationTest
class MailWithoutServerIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    CompanyMother companies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHealthIsUpAndMailsWait() {
        long company = companies.company("Salg").id();
        long id = outbox.queue(OutgoingMail.text(company, null, MessagePurpose.REPORT, "venter@salg.test", "Rapport", "Tekst"));

        dispatcher.dispatchDue();

        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        OperatorApiClient.Response health = new OperatorApiClient(port, null).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.<String>json("$.status")).isEqualTo("UP");
        assertThat(jdbc.sql("select status || ' ' || attempts from mail_outbox where company_id = :c and mail_id = :id")
                .param("c", company).param("id", id).query(String.class).single()).isEqualTo("PENDING 0");
    }
}

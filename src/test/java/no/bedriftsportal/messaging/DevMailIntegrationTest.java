package no.bedriftsportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.DemoPortalTest;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.OperatorApiClient.Response;

/**
 * The demo's mailbox: a mail queued in the demo goes by SMTP to the demo's own server and shows at
 * {@code /dev/mail} (its text, and its HTML escaped into a sandboxed frame, never run) and at
 * {@code /dev/mail-outbox} as JSON.
 */
@DemoPortalTest
class DevMailIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aQueuedMailShowsInTheDemosMailbox() throws InterruptedException {
        long company = jdbc.sql("select min(company_id) from company").query(Long.class).single();
        outbox.queue(new OutgoingMail(company, null, MessagePurpose.REPORT, "demo.leser@bedrift.test", "Månedsrapport for Ærø",
                "Rapporten ligger i portalen.", "<p>Rapporten <script>alert('x')</script>ligger i portalen.</p>"));
        OperatorApiClient local = new OperatorApiClient(port, null);

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Response json = local.get("/dev/mail-outbox");
        while (!json.body().contains("demo.leser@bedrift.test") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            json = local.get("/dev/mail-outbox");
        }
        Response page = local.get("/dev/mail");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.<String>json("$[0].to")).isEqualTo("demo.leser@bedrift.test");
        assertThat(json.<String>json("$[0].subject")).isEqualTo("Månedsrapport for Ærø");
        assertThat(json.<String>json("$[0].text")).isEqualTo("Rapporten ligger i portalen.");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("E-postinnboks", "demo.leser@bedrift.test", "Månedsrapport for Ærø",
                "Rapporten ligger i portalen.", "sandbox=\"\"").doesNotContain("<script>alert");
        assertThat(jdbc.sql("select status from mail_outbox where recipient = 'demo.leser@bedrift.test'").query(String.class).single())
                .isEqualTo("SENT");
    }
}

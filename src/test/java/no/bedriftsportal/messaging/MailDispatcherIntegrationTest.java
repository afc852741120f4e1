package no.bedriftsportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestSmtp;
import no.bedriftsportal.TestClock;

/**
 * The e-mail outbox end to end (ADR 0017): a mail queued in a transaction reaches a real SMTP
 * server (GreenMail, in this JVM) as UTF-8 multipart/alternative with the configured From and the
 * outbox's Message-ID; a 5xx refusal is REJECTED at once with the server's words; a 4xx or a server
 * that is down is tried again after a pause, and FAILED after the last attempt; a rolled-back mail
 * is never sent; attachments arrive byte for byte with their UTF-8 names. The dispatcher is run by the test, on the test clock; its own database, so no other
 * context's dispatcher takes these mails.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({PortalIntegrationTest.Fixtures.class, CompanyMother.class})
class MailDispatcherIntegrationTest {

    private static final GreenMail smtp = startSmtp();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @DynamicPropertySource
    static void useTheTestSmtpServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, smtp, "target/test-postgres-mail");
        registry.add("portal.mail.from", () -> "Bedriftsportalen Ærlig <ikke-svar@bedrift.test>");
        registry.add("portal.mail.dispatch-interval", () -> "1h"); // the test runs the dispatcher
        registry.add("portal.mail.max-attempts", () -> "3");
        registry.add("portal.mail.retry-after", () -> "1m");
    }

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    JavaMailSenderImpl sender;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CompanyMother companies;

    @Autowired
    TestClock clock;

    @Autowired
    SendLog sendLog;

    long companyId;

    @BeforeEach
    void freshCompanyAndServer() {
        clock.reset();
        companyId = companies.company("Salg").id();
        sender.setPort(smtp.getSmtp().getPort());
        jdbc.sql("update mail_outbox set status = 'FAILED' where status = 'PENDING'").update(); // earlier tests' leftovers
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void aQueuedMailArrivesAsUtf8TextAndHtmlFromThePortal() throws Exception {
        long id = transactions.execute(status -> outbox.queue(new OutgoingMail(companyId, 42L, MessagePurpose.REMINDER, "aase@bedrift.test",
                "Påminnelse: godkjenn innholdstjenester før fristen", "Hei Åse!\nHusk å godkjenne kjøpene – æøå ÆØÅ.",
                "<p>Hei Åse!</p><p>Husk å <strong>godkjenne</strong> kjøpene – æøå ÆØÅ.</p>")));

        dispatcher.dispatchDue();

        MimeMessage received = receivedBy("aase@bedrift.test");
        assertThat(received.getSubject()).isEqualTo("Påminnelse: godkjenn innholdstjenester før fristen");
        assertThat(received.getFrom()[0].toString()).contains("ikke-svar@bedrift.test");
        assertThat(((jakarta.mail.internet.InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Bedriftsportalen Ærlig");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        assertThat(received.getHeader("Content-Language", null)).isEqualTo("nb");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n")).as("SMTP carries CRLF").isEqualTo("Hei Åse!\nHusk å godkjenne kjøpene – æøå ÆØÅ.");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<strong>godkjenne</strong> kjøpene – æøå ÆØÅ.");
        Row row = row(id);
        assertThat(row.status()).isEqualTo("SENT");
        assertThat(row.sentAt()).isEqualTo(TestClock.START);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(received.getMessageID()).isEqualTo(row.messageId()).endsWith("@bedrift.test>");
        assertThat(received.getSentDate().toInstant()).isEqualTo(TestClock.START);
        assertThatThrownBy(() -> OutgoingMail.text(companyId, null, MessagePurpose.REPORT, "aase@bedrift.test>, x@evil.test", "Emne", "Tekst"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attachmentsArriveWithTheirBytesAndNorwegianNames() throws Exception {
        byte[] workbook = xlsxLike();
        byte[] csv = "Nummer;Navn\r\n912 34 567;Åse Ødegård\r\n".getBytes(StandardCharsets.UTF_8);
        long id = transactions.execute(status -> outbox.queue(new OutgoingMail(companyId, null, MessagePurpose.REPORT,
                "rapport@bedrift.test", "Månedsrapport november", "Rapporten er vedlagt.", "<p>Rapporten er vedlagt.</p>")
                .withAttachments(List.of(new MailAttachment("Bruk per avdeling – Ærlig Øl & Åsen.xlsx", XLSX, workbook),
                        new MailAttachment("C:\\rapporter\\brukere.csv", "text/csv; charset=UTF-8", csv)))));
        assertThat(outbox.status(companyId, id)).hasValue(new MailState(MessageStatus.PENDING, 0, null, null, null,
                workbook.length + csv.length));

        dispatcher.dispatchDue();

        MimeMessage received = receivedBy("rapport@bedrift.test");
        assertThat(received.getContentType()).startsWith("multipart/mixed");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(parts.getBodyPart(0).getContentType()).as("the mail's own text and HTML first").startsWith("multipart/alternative");
        BodyPart excel = parts.getBodyPart(1);
        assertThat(excel.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(excel.getFileName()).isEqualTo("Bruk per avdeling – Ærlig Øl & Åsen.xlsx");
        assertThat(excel.getHeader("Content-Disposition")[0]).as("RFC 2231, UTF-8").contains("*=UTF-8''Bruk%20per%20avdeling%20%E2%80%93");
        assertThat(excel.getContentType()).startsWith(XLSX);
        assertThat(excel.getInputStream().readAllBytes()).isEqualTo(workbook);
        BodyPart table = parts.getBodyPart(2);
        assertThat(table.getFileName()).isEqualTo("brukere.csv");
        assertThat(table.getInputStream().readAllBytes()).as("line ends as they were").isEqualTo(csv);
        assertThat(outbox.status(companyId, id)).hasValue(new MailState(MessageStatus.SENT, 1, null, TestClock.START, null,
                workbook.length + csv.length));
        assertThat(outbox.status(companyId + 1_000_000, id)).as("another company's id finds nothing").isEmpty();
        assertThat(sendLog.page(companyId, SendLogFilter.all(), null, 10).items())
                .filteredOn(entry -> entry.recipient().equals("rapport@bedrift.test"))
                .singleElement().extracting(SendLogEntry::attachmentBytes).isEqualTo((long) workbook.length + csv.length);
    }

    /** Bytes as an .xlsx begins (a zip), then every byte value, CR and LF alone: what a text encoding would spoil. */
    private static byte[] xlsxLike() {
        byte[] bytes = new byte[4 + 256 * 40 + 3];
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        for (int i = 0; i < 256 * 40; i++) {
            bytes[4 + i] = (byte) (i * 7);
        }
        bytes[bytes.length - 3] = '\r';
        bytes[bytes.length - 2] = '\n';
        bytes[bytes.length - 1] = '\r';
        return bytes;
    }

    @Test
    void aMailOfARolledBackTransactionIsNeverSent() {
        transactions.executeWithoutResult(status -> {
            outbox.queue(OutgoingMail.text(companyId, null, MessagePurpose.REPORT, "angret@bedrift.test", "Rapport", "Angret"));
            status.setRollbackOnly();
        });

        dispatcher.dispatchDue();

        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = 'angret@bedrift.test'").query(Long.class).single())
                .isZero();
        assertThat(received("angret@bedrift.test")).isZero();
    }

    @Test
    void aPermanentRefusalIsRejectedAtOnceWithTheServersReply() {
        long id = outbox.queue(OutgoingMail.text(companyId, null, MessagePurpose.REPORT, "finnes.ikke@bedrift.test", "Rapport", "Tekst"));
        try (FakeSmtpServer refusing = new FakeSmtpServer("550 5.1.1 <finnes.ikke@bedrift.test>: Recipient address rejected: User unknown")) {
            sender.setPort(refusing.port());
            dispatcher.dispatchDue();
        }

        Row row = row(id);
        assertThat(row.status()).isEqualTo("REJECTED");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).contains("550 5.1.1", "User unknown");
        assertThat(row.givenUpAt()).isEqualTo(TestClock.START);

        clock.advance(Duration.ofDays(1));
        sender.setPort(smtp.getSmtp().getPort());
        dispatcher.dispatchDue();
        assertThat(row(id).attempts()).as("a dead letter is not tried again").isEqualTo(1);
    }

    @Test
    void aTemporaryRefusalIsTriedAgainLater() {
        long id = outbox.queue(OutgoingMail.text(companyId, null, MessagePurpose.REPORT, "full@bedrift.test", "Rapport", "Tekst"));
        try (FakeSmtpServer busy = new FakeSmtpServer("451 4.3.0 Mailbox temporarily unavailable, try again later")) {
            sender.setPort(busy.port());
            dispatcher.dispatchDue();
        }

        Row row = row(id);
        assertThat(row.status()).isEqualTo("PENDING");
        assertThat(row.lastError()).contains("451 4.3.0");
        assertThat(row.nextAttemptAt()).isEqualTo(TestClock.START.plus(Duration.ofMinutes(1)));

        sender.setPort(smtp.getSmtp().getPort());
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(row(id).status()).isEqualTo("SENT");
        assertThat(row(id).attempts()).isEqualTo(2);
        assertThat(received("full@bedrift.test")).isEqualTo(1);
    }

    @Test
    void aServerThatIsDownIsTriedAgainWithGrowingPausesThenTheMailFails() throws IOException {
        long id = outbox.queue(OutgoingMail.text(companyId, null, MessagePurpose.REPORT, "nede@bedrift.test", "Rapport", "Tekst"));
        sender.setPort(closedPort());

        dispatcher.dispatchDue();
        Row first = row(id);
        assertThat(first.status()).isEqualTo("PENDING");
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).containsIgnoringCase("connect");
        assertThat(first.nextAttemptAt()).isEqualTo(TestClock.START.plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(59));
        dispatcher.dispatchDue();
        assertThat(row(id).attempts()).as("not due yet").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatchDue();
        assertThat(row(id).attempts()).isEqualTo(2);
        assertThat(row(id).nextAttemptAt()).as("the pause doubles").isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();
        Row dead = row(id);
        assertThat(dead.status()).as("the third attempt of three").isEqualTo("FAILED");
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.givenUpAt()).isEqualTo(clock.instant());
        assertThat(dead.lastError()).containsIgnoringCase("connect");
    }

    private Row row(long id) {
        return jdbc.sql("""
                select status, attempts, last_error, message_id, sent_at, next_attempt_at, given_up_at from mail_outbox
                where company_id = :company and mail_id = :id""")
                .param("company", companyId).param("id", id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))))
                .single();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static MimeMessage receivedBy(String address) {
        return receivedStream(address).findFirst().orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    private static long received(String address) {
        return receivedStream(address).count();
    }

    private static java.util.stream.Stream<MimeMessage> receivedStream(String address) {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        });
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort(); // free again once closed: nothing listens there
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return server;
    }

    record Row(String status, int attempts, String lastError, String messageId, Instant sentAt, Instant nextAttemptAt,
            Instant givenUpAt) {
    }
}

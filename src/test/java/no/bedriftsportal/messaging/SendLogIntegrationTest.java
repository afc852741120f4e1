package no.bedriftsportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.CursorPage;

/**
 * The send log's query (#15.4): one company's SMS and e-mails, newest first, never another
 * company's, with each filter, keyset pages that neither skip nor repeat, and a one-time code's
 * text never given.
 */
@PortalIntegrationTest
class SendLogIntegrationTest {

    @Autowired
    SendLog log;

    @Autowired
    SmsOutbox sms;

    @Autowired
    MailOutbox mail;

    @Autowired
    CompanyMother companies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCompanySeesItsOwnMessagesOnlyNewestFirst() {
        long a = companies.company("Salg").id();
        long b = companies.company("Drift").id();
        Msisdn ofA = CompanyMother.nextMsisdn();
        Msisdn ofB = CompanyMother.nextMsisdn();
        sms.queue(a, 7L, MessagePurpose.DATA_CONTROL, ofA, "Datakontroll er slått på.");
        clock.advance(Duration.ofMinutes(1));
        mail.queue(OutgoingMail.text(a, null, MessagePurpose.REPORT, "rapport@salg.test", "Månedsrapport", "Vedlagt"));
        sms.queue(b, null, MessagePurpose.DATA_CONTROL, ofB, "Datakontroll er slått av.");
        mail.queue(OutgoingMail.text(b, null, MessagePurpose.REPORT, "rapport@drift.test", "Rapport for Drift", "Hemmelig"));
        sms.queue(CompanyMother.nextMsisdn(), "Ingen bedrift");

        List<SendLogEntry> ofCompanyA = all(a, SendLogFilter.all());
        assertThat(ofCompanyA).extracting(SendLogEntry::recipient).containsSubsequence("rapport@salg.test", ofA.value())
                .doesNotContain(ofB.value(), "rapport@drift.test");
        SendLogEntry report = ofCompanyA.get(0);
        assertThat(report.channel()).isEqualTo(Channel.EMAIL);
        assertThat(report.subject()).isEqualTo("Månedsrapport");
        assertThat(report.text()).isEqualTo("Vedlagt");
        assertThat(report.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(report.queuedAt()).isEqualTo(TestClock.START.plus(Duration.ofMinutes(1)));
        SendLogEntry control = ofCompanyA.stream().filter(e -> e.recipient().equals(ofA.value())).findFirst().orElseThrow();
        assertThat(control.employeeId()).isEqualTo(7L);
        assertThat(control.purpose()).isEqualTo(MessagePurpose.DATA_CONTROL);
        assertThat(all(b, SendLogFilter.all())).extracting(SendLogEntry::recipient).contains(ofB.value(), "rapport@drift.test")
                .doesNotContain(ofA.value(), "rapport@salg.test");
    }

    @Test
    void aOneTimeCodeIsNeverInTheLog() {
        long company = companies.company("Salg").id();
        Msisdn to = CompanyMother.nextMsisdn();
        sms.queueSensitive(company, MessagePurpose.LOGIN_CODE, to, "Din engangskode er 918273.");

        SendLogEntry code = all(company, new SendLogFilter(Channel.SMS, null, to.national(), null, null, null)).get(0);

        assertThat(code.hidden()).isTrue();
        assertThat(code.text()).isNull();
        assertThat(code.purpose()).isEqualTo(MessagePurpose.LOGIN_CODE);
    }

    @Test
    void eachFilterPicksItsMessages() {
        long company = companies.company("Salg").id();
        Msisdn phone = CompanyMother.nextMsisdn();
        sms.queue(company, null, MessagePurpose.DATA_BLOCKED, phone, "Data er sperret.");
        long rejected = mail.queue(OutgoingMail.text(company, null, MessagePurpose.INVOICE, "avvist@kunde.test", "Faktura", "Tekst"));
        jdbc.sql("update mail_outbox set status = 'REJECTED', last_error = '550 5.1.1 User unknown' where company_id = :c and mail_id = :id")
                .param("c", company).param("id", rejected).update();
        clock.advance(Duration.ofDays(3));
        mail.queue(OutgoingMail.text(company, null, MessagePurpose.REMINDER, "senere@kunde.test", "Påminnelse", "Tekst"));
        LocalDate today = Oslo.today(clock);

        assertThat(recipients(company, new SendLogFilter(Channel.EMAIL, null, null, null, null, null)))
                .contains("avvist@kunde.test", "senere@kunde.test").doesNotContain(phone.value());
        assertThat(recipients(company, new SendLogFilter(Channel.SMS, null, null, null, null, null)))
                .contains(phone.value()).doesNotContain("avvist@kunde.test");
        List<SendLogEntry> dead = all(company, new SendLogFilter(null, MessageStatus.REJECTED, null, null, null, null));
        assertThat(dead).singleElement().satisfies(e -> {
            assertThat(e.recipient()).isEqualTo("avvist@kunde.test");
            assertThat(e.lastError()).contains("550");
        });
        assertThat(recipients(company, new SendLogFilter(null, null, "KUNDE.test", null, null, null)))
                .containsExactly("senere@kunde.test", "avvist@kunde.test");
        assertThat(recipients(company, new SendLogFilter(null, null, phone.display(), null, null, null)))
                .as("a number as people write it").containsExactly(phone.value());
        assertThat(recipients(company, new SendLogFilter(null, null, "%", null, null, null))).as("% is a character, no wildcard")
                .isEmpty();
        assertThat(recipients(company, new SendLogFilter(null, null, null, MessagePurpose.DATA_BLOCKED, null, null)))
                .containsExactly(phone.value());
        assertThat(recipients(company, new SendLogFilter(null, null, null, null, today, today))).containsExactly("senere@kunde.test");
        assertThat(recipients(company, new SendLogFilter(null, null, null, null, null, today.minusDays(1))))
                .contains("avvist@kunde.test", phone.value()).doesNotContain("senere@kunde.test");
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        long company = companies.company("Salg").id();
        List<String> queued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Msisdn to = CompanyMother.nextMsisdn();
            sms.queue(company, null, MessagePurpose.DATA_CONTROL, to, "Melding " + i); // the same instant: the id decides
            queued.add(0, to.value());
            String address = "mottaker" + i + "@side.test";
            mail.queue(OutgoingMail.text(company, null, MessagePurpose.REPORT, address, "Side " + i, "Tekst"));
            queued.add(0, address);
        }
        SendLogFilter filter = new SendLogFilter(null, null, null, MessagePurpose.DATA_CONTROL, null, null);
        SendLogFilter both = SendLogFilter.all();

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CursorPage<SendLogEntry> page = log.page(company, both, cursor, 3);
            page.items().forEach(e -> paged.add(e.recipient()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(paged).doesNotHaveDuplicates().containsAll(queued);
        assertThat(pages).isGreaterThanOrEqualTo(4);
        assertThat(all(company, filter)).hasSize(5);
    }

    private List<SendLogEntry> all(long company, SendLogFilter filter) {
        return log.page(company, filter, null, 1000).items();
    }

    private List<String> recipients(long company, SendLogFilter filter) {
        return all(company, filter).stream().map(SendLogEntry::recipient).toList();
    }
}

package no.bedriftsportal.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Issue #10.9: no SMS for history. Ingesting the demo's 36 months sent 49 Datakontroll SMS within
 * seconds, 16 to one employee. A block is recorded whenever it happened; its SMS goes out only for
 * a block in the current month by the clock, and once per subscription and month.
 */
@PortalIntegrationTest
class DatakontrollSmsIntegrationTest {

    /** 20 November 2026, 15:00 in Oslo. */
    static final Instant NOVEMBER = Instant.parse("2026-11-20T14:00:00Z");

    @Autowired
    TestClock clock;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    BuyExtraPackage buyExtraPackage;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    Msisdn controlled;

    @BeforeEach
    void aControlledSubscription() {
        clock.set(NOVEMBER);
        controlled = mother.company().subscriber(0, "FRI_1"); // 1 GB a month
        subscriptions.setDataControl(controlled.value(), true, LocalDate.of(2026, 1, 1));
    }

    @Test
    void aBlockInAnEarlierMonthIsRecordedWithoutAnSms() {
        ingest.ingest(CdrFileBuilder.file()
                .data("sep", controlled.value(), "2026-09-10T10:00:00+02:00", "NO", 1_200_000_000L)
                .data("oct", controlled.value(), "2026-10-10T10:00:00+02:00", "NO", 1_200_000_000L)
                .write(), "history.csv", CdrSource.UPLOAD);

        assertThat(blocks()).isEqualTo(2);
        assertThat(smsTo(controlled)).isZero();
    }

    @Test
    void aBlockInTheCurrentMonthIsToldOnceEvenWhenItIsBlockedAgain() {
        ingest.ingest(CdrFileBuilder.file()
                .data("first", controlled.value(), "2026-11-02T10:00:00+01:00", "NO", 1_200_000_000L)
                .write(), "first.csv", CdrSource.UPLOAD);
        buyExtraPackage.buy(controlled.value(), "EXTRA_1", Payer.SALARY, Instant.parse("2026-11-05T08:00:00Z"), "OPERATOR");
        ingest.ingest(CdrFileBuilder.file()
                .data("second", controlled.value(), "2026-11-06T10:00:00+01:00", "NO", 1_500_000_000L)
                .write(), "second.csv", CdrSource.UPLOAD);

        assertThat(blocks()).as("each block is recorded").isEqualTo(2);
        assertThat(smsTo(controlled)).as("one SMS for the month").isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from data_block d join subscription s using (company_id, subscription_id)
                where s.msisdn = :m and d.notified_at is not null""").param("m", controlled.value()).query(Long.class).single())
                .isEqualTo(1);
    }

    private long blocks() {
        return jdbc.sql("select count(*) from data_block d join subscription s using (company_id, subscription_id) "
                + "where s.msisdn = :m").param("m", controlled.value()).query(Long.class).single();
    }

    private long smsTo(Msisdn msisdn) {
        return outbox.latest(1000).stream()
                .filter(sms -> sms.to().equals(msisdn.value()) && sms.text().startsWith("Datakontroll")).count();
    }
}

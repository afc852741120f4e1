package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.subscription.ExtraPackagePayer;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * Issue #14.4: a profile saved steers rating at once. Events of days before the save, rated after
 * it, follow it: the automatic extra package is bought with the profile's payer, Datakontroll blocks;
 * the employee is told by SMS when Datakontroll changes.
 */
@PortalIntegrationTest
class RatingSteerIntegrationTest {

    /** 20 November 2026, 15:00 in Oslo. */
    static final Instant NOVEMBER = Instant.parse("2026-11-20T14:00:00Z");
    private static final String HEADER = "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,"
            + "volume_bytes,amount_nok,vat_rate,provider,description\n";

    @Autowired
    Profiles profiles;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    RatingSteer steer;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    TestCompany company;
    AccessScope scope;

    @BeforeEach
    void aCompany() {
        clock.set(NOVEMBER);
        company = mother.company();
        scope = AccessScope.wholeCompany(company.id());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eventsOfEarlierDaysRatedAfterASaveFollowTheSavedProfile() throws IOException {
        Msisdn extra = company.subscriber(0, "FRI_1"); // 1 GB a month
        Msisdn controlled = company.subscriber(0, "FRI_1");
        ProfileDraft withExtra = new ProfileDraft("Ekstra på lønn", "BENEFIT", true, "EXTRA_5", "SALARY", true, false, Set.of(),
                "", "0");
        ProfileDraft controlOnly = new ProfileDraft("Kontroll", "BENEFIT", true, null, null, true, false, Set.of(), "", "0");
        long extraProfile = profiles.create(scope, withExtra, "Kari Admin").profileId();
        long controlProfile = profiles.create(scope, controlOnly, "Kari Admin").profileId();
        assign(extra, extraProfile);
        assign(controlled, controlProfile);

        clock.set(NOVEMBER.plusSeconds(60));
        profiles.change(scope, extraProfile, withExtra, "Kari Admin");
        profiles.change(scope, controlProfile, controlOnly, "Kari Admin");
        ingest.ingest(cdrFile(
                "a," + extra.value() + ",DATA,2026-11-18T10:00:00+01:00,,,NO,,1200000000,,,,",
                "b," + controlled.value() + ",DATA,2026-11-18T10:00:00+01:00,,,NO,,1200000000,,,,"), "before.csv", CdrSource.UPLOAD);

        assertThat(jdbc.sql("""
                select p.code || ' ' || p.payer || ' ' || p.source from extra_package_purchase p
                join subscription s using (company_id, subscription_id) where s.msisdn = :m""")
                .param("m", extra.value()).query(String.class).list()).containsExactly("EXTRA_5 SALARY AUTOMATIC");
        assertThat(jdbc.sql("""
                select count(*) from data_block d join subscription s using (company_id, subscription_id) where s.msisdn = :m""")
                .param("m", controlled.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(smsTo(extra, RatingSteer.DATA_CONTROL_ON)).isEqualTo(1);
        assertThat(smsTo(controlled, RatingSteer.DATA_CONTROL_ON)).as("told once: the second save changed nothing").isEqualTo(1);
        var terms = subscriptions.termsNow(subscriptions.latest(extra.value()));
        assertThat(terms.autoExtraPackageCode()).isEqualTo("EXTRA_5");
        assertThat(terms.autoExtraPackagePayer()).isEqualTo(ExtraPackagePayer.SALARY);
        assertThat(jdbc.sql("""
                select c.changed_by || ' ' || c.immediate from subscription_change c join subscription s using (company_id, subscription_id)
                where s.msisdn = :m and c.kind = 'AUTO_EXTRA_PACKAGE' and c.immediate""")
                .param("m", extra.value()).query(String.class).list()).containsExactly("Kari Admin true");
    }

    @Test
    void aSwitchOnOneSubscriptionWinsUntilItsProfileIsSavedAgain() {
        Msisdn number = company.subscriber(0, "FRI_5");
        ProfileDraft control = new ProfileDraft("Kontroll", "BENEFIT", true, null, null, true, false, Set.of(), "", "0");
        long profile = profiles.create(scope, control, "Kari").profileId();
        assign(number, profile);
        long subscriptionId = subscriptions.latest(number.value()).id();

        clock.set(NOVEMBER.plusSeconds(60));
        profiles.change(scope, profile, control, "Kari");
        clock.set(NOVEMBER.plusSeconds(120));
        steer.switchDataControl(company.id(), subscriptionId, false, "Ola Admin");
        boolean afterSwitch = subscriptions.termsNow(subscriptions.latest(number.value())).dataControl();
        clock.set(NOVEMBER.plusSeconds(180));
        profiles.change(scope, profile, control, "Kari");

        assertThat(afterSwitch).isFalse();
        assertThat(subscriptions.termsNow(subscriptions.latest(number.value())).dataControl()).isTrue();
        assertThat(smsTo(number, RatingSteer.DATA_CONTROL_ON)).isEqualTo(2);
        assertThat(smsTo(number, RatingSteer.DATA_CONTROL_OFF)).isEqualTo(1);
    }

    private void assign(Msisdn number, long profileId) {
        jdbc.sql("""
                insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, profile_id, assigned_by)
                select company_id, subscription_id, :at, 'PROFILE', :p, 'test' from subscription where msisdn = :m""")
                .param("at", Timestamp.from(clock.instant().plusMillis(1))).param("p", profileId).param("m", number.value())
                .update();
    }

    /** How many SMS to the number say the text of this key (in bokmål, the company's language by default). */
    private long smsTo(Msisdn msisdn, String key) {
        String text = messages.getMessage(key, null, java.util.Locale.forLanguageTag("nb"));
        return outbox.latest(1000).stream().filter(sms -> sms.to().equals(msisdn.value()) && sms.text().equals(text)).count();
    }

    private static Path cdrFile(String... records) throws IOException {
        Path file = Files.createTempFile("steer", ".csv");
        StringBuilder text = new StringBuilder(HEADER);
        for (String record : records) {
            text.append("steer-").append(System.nanoTime()).append('-').append(record).append('\n');
        }
        Files.writeString(file, text);
        return file;
    }

}

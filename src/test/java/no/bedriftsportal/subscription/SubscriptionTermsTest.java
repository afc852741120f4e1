package no.bedriftsportal.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * V24: an immediate change (made in the portal) applies to every event rated after it, whatever
 * the event's day; of the changes that apply to a day, the latest by (effective day, recorded at)
 * wins, an immediate change's effective day being its recorded day.
 */
class SubscriptionTermsTest {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

    @Test
    void anImmediateChangeAppliesToEarlierDaysAndCarriesItsPayer() {
        List<TermChange> changes = List.of(plan(), dataControl(JAN_1, false, "2026-01-01T00:00:00Z", false),
                extra(NOV_20, "EXTRA_5", ExtraPackagePayer.SALARY, "2026-11-20T14:00:00Z", true),
                dataControl(NOV_20, true, "2026-11-20T14:00:00Z", true));

        SubscriptionTerms terms = SubscriptionTerms.from(changes, LocalDate.of(2026, 11, 18));

        assertThat(terms).isEqualTo(new SubscriptionTerms("FRI_5", true, "EXTRA_5", ExtraPackagePayer.SALARY));
    }

    @Test
    void aDatedChangeFromALaterDayWinsOnAndAfterItsDayOnly() {
        List<TermChange> changes = List.of(plan(), dataControl(NOV_20, true, "2026-11-20T14:00:00Z", true),
                dataControl(LocalDate.of(2026, 11, 25), false, "2026-11-20T09:00:00Z", false));

        assertThat(SubscriptionTerms.from(changes, LocalDate.of(2026, 11, 24)).dataControl()).isTrue();
        assertThat(SubscriptionTerms.from(changes, LocalDate.of(2026, 11, 25)).dataControl()).isFalse();
        assertThat(SubscriptionTerms.from(changes, LocalDate.of(2026, 11, 2)).dataControl()).isTrue();
    }

    @Test
    void onTheSameDayTheLaterRecordedWins() {
        List<TermChange> changes = List.of(plan(), dataControl(NOV_20, false, "2026-11-20T15:00:00Z", false),
                dataControl(NOV_20, true, "2026-11-20T14:00:00Z", true));

        assertThat(SubscriptionTerms.from(changes, NOV_20).dataControl()).isFalse();
        assertThat(SubscriptionTerms.from(changes, NOV_20.minusDays(1)).dataControl()).as("only the immediate applies").isTrue();
    }

    @Test
    void aPackageFromTheCrmIsPaidByTheCompany() {
        List<TermChange> changes = List.of(plan(), new TermChange(TermChange.Kind.AUTO_EXTRA_PACKAGE, JAN_1, null, null, "EXTRA_1",
                Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(SubscriptionTerms.from(changes, NOV_20).autoExtraPackagePayer()).isEqualTo(ExtraPackagePayer.COMPANY);
        assertThat(SubscriptionTerms.from(changes, JAN_1.minusDays(1)).autoExtraPackageCode()).isNull();
    }

    private static TermChange plan() {
        return new TermChange(TermChange.Kind.PLAN, JAN_1, "FRI_5", null, null, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static TermChange dataControl(LocalDate day, boolean on, String recordedAt, boolean immediate) {
        return new TermChange(TermChange.Kind.DATA_CONTROL, day, null, on, null, Instant.parse(recordedAt), null, immediate,
                immediate ? "Kari" : null);
    }

    private static TermChange extra(LocalDate day, String code, ExtraPackagePayer payer, String recordedAt, boolean immediate) {
        return new TermChange(TermChange.Kind.AUTO_EXTRA_PACKAGE, day, null, null, code, Instant.parse(recordedAt), payer, immediate,
                immediate ? "Kari" : null);
    }
}

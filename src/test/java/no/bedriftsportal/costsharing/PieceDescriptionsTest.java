package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What a result's events say (never the other party), and where a final month's corrections go. */
class PieceDescriptionsTest {

    @Test
    void eventsSayWhatAndWhereButNeverWhoWasCalled() {
        assertThat(PieceDescriptions.describe("DATA", null, null, "US", "USA", null, 0, 150_000_000, null, null))
                .isEqualTo("Data i USA, 150 MB");
        assertThat(PieceDescriptions.describe("DATA", null, null, "NO", "Norge", null, 0, 2_500_000, null, null))
                .isEqualTo("Data, 2,5 MB");
        assertThat(PieceDescriptions.describe("VOICE", "MO", "Z3", "NO", "Norge", "CN", 600, 0, null, null))
                .isEqualTo("Samtale til utlandet (Z3), 10 min");
        assertThat(PieceDescriptions.describe("VOICE", "MT", null, "ES", "Spania", null, 125, 0, null, null))
                .isEqualTo("Mottatt samtale i Spania, 2 min 5 s");
        assertThat(PieceDescriptions.describe("SMS", "MO", null, "NO", "Norge", null, 0, 0, null, null))
                .isEqualTo("SMS");
        assertThat(PieceDescriptions.describe("CONTENT", null, null, "NO", "Norge", null, 0, 0, "EasyPark", "Parkering"))
                .isEqualTo("EasyPark, Parkering");
        assertThat(PieceDescriptions.describe("CONTENT", null, null, "NO", "Norge", null, 0, 0, null, null))
                .isEqualTo("Innholdstjeneste");
    }

    @Test
    void aFinalMonthsCorrectionsGoToTheFirstMonthAfterItThatIsNotFinal() {
        Set<YearMonth> finals = Set.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));

        assertThat(MonthlyResults.firstOpenAfter(finals, YearMonth.of(2026, 1))).isEqualTo(YearMonth.of(2026, 4));
        assertThat(MonthlyResults.firstOpenAfter(finals, YearMonth.of(2026, 3))).isEqualTo(YearMonth.of(2026, 4));
        assertThat(MonthlyResults.firstOpenAfter(Set.of(YearMonth.of(2025, 12)), YearMonth.of(2025, 12)))
                .isEqualTo(YearMonth.of(2026, 1));
    }
}

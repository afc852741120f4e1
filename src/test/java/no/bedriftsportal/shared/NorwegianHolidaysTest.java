package no.bedriftsportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NorwegianHolidaysTest {

    @ParameterizedTest(name = "Easter {0}: {1}")
    @CsvSource({"2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24", "2019, 2019-04-21",
            "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"})
    void easterSunday(int year, LocalDate easter) {
        assertThat(NorwegianHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void theTwelveHolidaysOf2026() {
        assertThat(NorwegianHolidays.of(2026)).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 17), LocalDate.of(2026, 5, 24),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
        assertThat(NorwegianHolidays.of(2026)).allMatch(NorwegianHolidays::isPublicHoliday);
    }

    @Test
    void everyOtherDayOfTheYearIsNoHoliday() {
        for (int year = 2024; year <= 2030; year++) {
            assertThat(LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                    .filter(NorwegianHolidays::isPublicHoliday))
                    .as("holidays in %d", year)
                    .containsExactlyElementsOf(NorwegianHolidays.of(year))
                    .hasSize(year == 2027 ? 11 : 12);
        }
    }

    @Test
    void whitMonday2027IsConstitutionDay() {
        assertThat(NorwegianHolidays.of(2027)).contains(LocalDate.of(2027, 5, 17)).hasSize(11);
    }
}

package no.bedriftsportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NorwegianFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12345.67 | 12 345,67 kr", "0 | 0,00 kr", "1234567.891 | 1 234 567,89 kr",
            "0.005 | 0,01 kr", "999.995 | 1 000,00 kr"})
    void moneyHasSpacedGroupsACommaAndKroner(BigDecimal amount, String expected) {
        assertThat(NorwegianFormat.money(amount).replace(NorwegianFormat.GROUP_SEPARATOR, ' ')).isEqualTo(expected);
    }

    @Test
    void groupsNeverBreakAcrossLines() {
        assertThat(NorwegianFormat.money(new BigDecimal("12345.67"))).isEqualTo("12\u00a0345,67\u00a0kr");
    }

    @Test
    void datesAreDayMonthYear() {
        assertThat(NorwegianFormat.date(LocalDate.of(2026, 3, 7))).isEqualTo("07.03.2026");
    }

    @Test
    void timesAreShownInOslo() {
        // 23:30 UTC on 31 October 2026 is 00:30 on 1 November in Oslo (winter time, UTC+1)
        assertThat(NorwegianFormat.dateTime(Instant.parse("2026-10-31T23:30:00Z"))).isEqualTo("01.11.2026 00:30");
    }
}

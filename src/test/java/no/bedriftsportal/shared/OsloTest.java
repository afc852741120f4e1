package no.bedriftsportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class OsloTest {

    @Test
    void theDayOfAnInstantAroundTheClockChanges() {
        // 2026-10-25: clocks go back at 03:00 CEST (01:00 UTC); 2026-03-29: forward at 02:00 CET (01:00 UTC)
        assertThat(Oslo.dateOf(Instant.parse("2026-10-24T21:59:59Z"))).isEqualTo(LocalDate.of(2026, 10, 24));
        assertThat(Oslo.dateOf(Instant.parse("2026-10-24T22:00:00Z"))).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(Oslo.dateOf(Instant.parse("2026-10-25T22:59:59Z"))).isEqualTo(LocalDate.of(2026, 10, 25));
        assertThat(Oslo.dateOf(Instant.parse("2026-10-25T23:00:00Z"))).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(Oslo.dateOf(Instant.parse("2026-03-28T22:59:59Z"))).isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(Oslo.dateOf(Instant.parse("2026-03-28T23:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(Oslo.dateOf(Instant.parse("2026-03-29T21:59:59Z"))).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(Oslo.dateOf(Instant.parse("2026-03-29T22:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void agreesWithTheZoneRulesForInstantsInAnyOrder() {
        SplittableRandom random = new SplittableRandom(27);
        long from = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2040-01-01T00:00:00Z").getEpochSecond();
        long second = from;
        for (int i = 0; i < 200_000; i++) {
            // runs of instants forward in time, as a feed brings them, and now and then a jump
            second = i % 2_000 == 0 ? random.nextLong(from, to) : second + random.nextInt(3_600);
            Instant instant = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
            assertThat(Oslo.dateOf(instant)).as("%s", instant)
                    .isEqualTo(ZonedDateTime.ofInstant(instant, Oslo.ZONE).toLocalDate());
        }
    }
}

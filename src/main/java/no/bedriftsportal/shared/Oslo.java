package no.bedriftsportal.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business days and months are in Europe/Oslo; times are stored as instants. */
public final class Oslo {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");
    private static final long SECONDS_PER_DAY = 86_400;

    private Oslo() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate dateOf(Instant instant) {
        int offsetSeconds = ZONE.getRules().getOffset(instant).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond() + offsetSeconds, SECONDS_PER_DAY));
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}

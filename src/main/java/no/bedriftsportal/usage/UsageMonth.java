package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.Units;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/** A usage month is a calendar month in Europe/Oslo, by the event's start time (CATALOG.md, "Units"). */
public final class UsageMonth {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private UsageMonth() {
    }

    public static YearMonth of(Instant instant) {
        return YearMonth.from(instant.atZone(ZONE));
    }
}

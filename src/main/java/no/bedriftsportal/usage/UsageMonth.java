package no.bedriftsportal.usage;

import no.bedriftsportal.shared.Oslo;

import no.bedriftsportal.catalog.Units;

import java.time.Instant;
import java.time.YearMonth;

/** A usage month is a calendar month in Europe/Oslo, by the event's start time (CATALOG.md, "Units"). */
public final class UsageMonth {

    private UsageMonth() {
    }

    public static YearMonth of(Instant instant) {
        return Oslo.monthOf(instant);
    }
}

package no.bedriftsportal.costsharing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import no.bedriftsportal.shared.NorwegianHolidays;
import no.bedriftsportal.shared.Oslo;

/**
 * The company's working hours (COST-SHARING.md, T1 {@code OUTSIDE_WORKING_HOURS}): per weekday a
 * span {@code from ≤ start < to} in Oslo time; a weekday without one is closed, and so are the 12
 * Norwegian public holidays and the days the company adds ({@code closedDays}, every year).
 */
public record WorkingHours(Map<DayOfWeek, Span> days, Set<MonthDay> closedDays) {

    public WorkingHours {
        days = days.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(days));
        closedDays = Set.copyOf(closedDays);
    }

    /** Monday to Friday 08:00–16:00, no extra closed days. */
    public static WorkingHours officeHours() {
        Map<DayOfWeek, Span> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                days.put(day, new Span(LocalTime.of(8, 0), LocalTime.of(16, 0)));
            }
        }
        return new WorkingHours(days, Set.of());
    }

    /**
     * True when an event starting at {@code start} is inside working hours: on its Oslo day there is
     * a span with {@code from ≤ start < to} (Oslo wall-clock time, summer time included), and the day
     * is neither a public holiday nor one of the company's closed days. An event at exactly the end
     * time is outside.
     */
    public boolean isInside(Instant start) {
        ZonedDateTime local = start.atZone(Oslo.ZONE);
        LocalDate day = local.toLocalDate();
        Span span = days.get(day.getDayOfWeek());
        if (span == null || closedDays.contains(MonthDay.from(day)) || NorwegianHolidays.isPublicHoliday(day)) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return !time.isBefore(span.from()) && time.isBefore(span.to());
    }

    /** Working time on one weekday: from (inclusive) to (exclusive). */
    public record Span(LocalTime from, LocalTime to) {

        public Span {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("working hours must end after they start");
            }
        }
    }
}

package no.bedriftsportal.costsharing;

import static no.bedriftsportal.costsharing.EmployeeMonthMother.oslo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.bedriftsportal.costsharing.WorkingHours.Span;

/** COST-SHARING.md, T1 {@code OUTSIDE_WORKING_HOURS}: {@code from ≤ start < to}, Oslo time, holidays outside. */
class WorkingHoursTest {

    /** 08:00–16:00 every day of the week, so only a holiday or a closed day can make a day closed. */
    private static final WorkingHours EVERY_DAY = hours(Set.of(), DayOfWeek.values());

    @ParameterizedTest(name = "{0} ({1}) → inside {2}")
    @CsvSource({
            "2026-01-01T10:00, New Year's Day,      false",
            "2026-01-02T10:00, an ordinary Friday,  true",
            "2026-04-02T10:00, Maundy Thursday,     false",
            "2026-04-03T10:00, Good Friday,         false",
            "2026-04-04T10:00, Easter Saturday,     true",
            "2026-04-05T10:00, Easter Sunday,       false",
            "2026-04-06T10:00, Easter Monday,       false",
            "2026-04-07T10:00, the Tuesday after,   true",
            "2026-05-01T10:00, 1 May,               false",
            "2026-05-14T10:00, Ascension Day,       false",
            "2026-05-13T10:00, the day before,      true",
            "2026-05-17T10:00, 17 May,              false",
            "2026-05-24T10:00, Whit Sunday,         false",
            "2026-05-25T10:00, Whit Monday,         false",
            "2026-12-24T10:00, Christmas Eve,       true",
            "2026-12-25T10:00, Christmas Day,       false",
            "2026-12-26T10:00, Boxing Day,          false",
            "2027-03-25T10:00, Maundy Thursday 2027, false",
            "2027-05-06T10:00, Ascension Day 2027,  false",
    })
    void publicHolidaysAreOutside(String osloTime, String day, boolean inside) {
        assertThat(EVERY_DAY.isInside(oslo(osloTime))).as(day).isEqualTo(inside);
    }

    @ParameterizedTest(name = "{0} → inside {1}")
    @CsvSource({
            "2026-03-10T07:59:59, false",
            "2026-03-10T08:00,    true",
            "2026-03-10T12:00,    true",
            "2026-03-10T15:59:59, true",
            "2026-03-10T16:00,    false",
            "2026-03-10T23:59,    false",
            "2026-03-10T00:00,    false",
            "2026-03-14T10:00,    false",
            "2026-03-15T10:00,    false",
            "2026-03-16T08:00,    true",
    })
    void fromIsInsideAndTheEndTimeIsOutside(String osloTime, boolean inside) {
        assertThat(WorkingHours.officeHours().isInside(oslo(osloTime))).isEqualTo(inside);
    }

    @ParameterizedTest(name = "{0} → inside {1}")
    @CsvSource({
            "2026-12-23T10:00, true",
            "2026-12-24T10:00, false",
            "2026-12-31T10:00, false",
            "2027-12-24T10:00, false",
            "2027-01-04T10:00, true",
    })
    void theCompanysClosedDaysAreOutsideEveryYear(String osloTime, boolean inside) {
        WorkingHours hours = new WorkingHours(WorkingHours.officeHours().days(),
                Set.of(MonthDay.of(12, 24), MonthDay.of(12, 31)));

        assertThat(hours.isInside(oslo(osloTime))).isEqualTo(inside);
    }

    /**
     * The clocks go forward on Sunday 29 March 2026 (02:00 → 03:00) and back on Sunday 25 October
     * 2026 (03:00 → 02:00): the same UTC instant is an hour apart in Oslo time on either side.
     */
    @ParameterizedTest(name = "{0} UTC → inside {1} ({2})")
    @CsvSource({
            // Sunday hours 08:00–16:00 on the day of the change
            "2026-03-29T05:59:59Z, false, 07:59:59 CEST",
            "2026-03-29T06:00:00Z, true,  08:00 CEST (would be 07:00 in winter time)",
            "2026-03-29T13:59:59Z, true,  15:59:59 CEST",
            "2026-03-29T14:00:00Z, false, 16:00 CEST",
            "2026-10-25T06:59:59Z, false, 07:59:59 CET",
            "2026-10-25T07:00:00Z, true,  08:00 CET (would be 09:00 in summer time)",
            "2026-10-25T14:59:59Z, true,  15:59:59 CET",
            "2026-10-25T15:00:00Z, false, 16:00 CET",
            // Monday night shift 00:00–08:00: midnight between Sunday and Monday
            "2026-03-29T21:59:59Z, false, Sunday 23:59:59 CEST",
            "2026-03-29T22:00:00Z, true,  Monday 00:00 CEST (would be Sunday 23:00 in winter time)",
            "2026-03-30T05:59:59Z, true,  Monday 07:59:59 CEST",
            "2026-03-30T06:00:00Z, false, Monday 08:00 CEST",
            "2026-10-25T22:59:59Z, false, Sunday 23:59:59 CET",
            "2026-10-25T23:00:00Z, true,  Monday 00:00 CET",
            "2026-10-25T22:30:00Z, false, Sunday 23:30 CET (would be Monday 00:30 in summer time)",
            "2026-10-26T06:59:59Z, true,  Monday 07:59:59 CET",
            "2026-10-26T07:00:00Z, false, Monday 08:00 CET",
    })
    void weekdayBoundariesFollowOsloTimeAcrossTheClockChange(String utc, boolean inside, String what) {
        Map<DayOfWeek, Span> days = new EnumMap<>(DayOfWeek.class);
        days.put(DayOfWeek.SUNDAY, new Span(LocalTime.of(8, 0), LocalTime.of(16, 0)));
        days.put(DayOfWeek.MONDAY, new Span(LocalTime.MIDNIGHT, LocalTime.of(8, 0)));
        WorkingHours hours = new WorkingHours(days, Set.of());

        assertThat(hours.isInside(Instant.parse(utc))).as(what).isEqualTo(inside);
    }

    @ParameterizedTest(name = "{0} → inside {1}")
    @CsvSource({
            "2026-03-27T15:59:59, true",
            "2026-03-27T16:00,    false",
            "2026-03-30T07:59:59, false",
            "2026-03-30T08:00,    true",
            "2026-10-23T15:59:59, true",
            "2026-10-26T07:59:59, false",
            "2026-10-26T08:00,    true",
    })
    void officeHoursAroundTheClockChangeWeekends(String osloTime, boolean inside) {
        assertThat(WorkingHours.officeHours().isInside(oslo(osloTime))).isEqualTo(inside);
    }

    private static WorkingHours hours(Set<MonthDay> closed, DayOfWeek... open) {
        Map<DayOfWeek, Span> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : open) {
            days.put(day, new Span(LocalTime.of(8, 0), LocalTime.of(16, 0)));
        }
        return new WorkingHours(days, closed);
    }
}

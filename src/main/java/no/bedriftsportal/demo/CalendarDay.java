package no.bedriftsportal.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;

/**
 * One day in Europe/Oslo, with what every line and every record of that day needs: its instants,
 * its UTC offset, how busy it is, and the text that starts each of its timestamps and record ids.
 */
final class CalendarDay {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneRules RULES = OSLO.getRules();

    final LocalDate date;
    final long startEpochSecond;
    final int offsetSeconds;
    /** True on the two days a year the clocks change; those days take the slow, exact path. */
    final boolean offsetChanges;
    final boolean workingDay;
    final double callActivity;
    final int monthKey;
    final byte[] timestampPrefix;
    final byte[] idPrefix;

    CalendarDay(LocalDate date) {
        this.date = date;
        this.startEpochSecond = date.atStartOfDay(OSLO).toEpochSecond();
        long nextStart = date.plusDays(1).atStartOfDay(OSLO).toEpochSecond();
        this.offsetSeconds = RULES.getOffset(Instant.ofEpochSecond(startEpochSecond)).getTotalSeconds();
        this.offsetChanges = nextStart - startEpochSecond != 86_400;
        this.workingDay = NorwegianCalendar.isWorkingDay(date);
        this.callActivity = NorwegianCalendar.callActivity(date);
        this.monthKey = date.getYear() * 12 + date.getMonthValue() - 1;
        String iso = date.toString(); // yyyy-MM-dd
        this.timestampPrefix = (iso + "T").getBytes(StandardCharsets.US_ASCII);
        this.idPrefix = ("demo-" + iso.replace("-", "") + "-").getBytes(StandardCharsets.US_ASCII);
    }

    /** The instant of a local time of day; a time in the spring gap moves forward, as java.time does. */
    long epochSecondAt(int localSecondOfDay) {
        if (!offsetChanges) {
            return startEpochSecond + localSecondOfDay;
        }
        return ZonedDateTime.of(date, LocalTime.ofSecondOfDay(localSecondOfDay), OSLO).toEpochSecond();
    }

    int offsetSecondsAt(long epochSecond) {
        return offsetChanges ? RULES.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds() : offsetSeconds;
    }

    /** The local second of the day of an instant on this day. */
    int localSecondOfDay(long epochSecond) {
        return (int) (epochSecond + offsetSecondsAt(epochSecond) - date.toEpochDay() * 86_400);
    }
}

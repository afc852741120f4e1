package no.bedriftsportal.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

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
        return dayOf(instant).date();
    }

    /** The Oslo month of the instant. */
    public static YearMonth monthOf(Instant instant) {
        return dayOf(instant).month();
    }

    private static Day dayOf(Instant instant) {
        long epochDay = epochDayOf(instant);
        Day day = lastDay;
        if (day.epochDay() != epochDay) {
            day = new Day(epochDay);
            lastDay = day;
        }
        return day;
    }

    /** The last day asked about, kept for the same reason as {@link #lastPeriod}. */
    private static volatile Day lastDay = new Day(0);

    private record Day(long epochDay, LocalDate date, YearMonth month) {

        Day(long epochDay) {
            this(epochDay, LocalDate.ofEpochDay(epochDay));
        }

        private Day(long epochDay, LocalDate date) {
            this(epochDay, date, YearMonth.of(date.getYear(), date.getMonth()));
        }
    }

    /** The Oslo day of the instant, as days after 1970-01-01. */
    public static long epochDayOf(Instant instant) {
        long second = instant.getEpochSecond();
        OffsetPeriod period = lastPeriod;
        if (second < period.from() || second >= period.until()) {
            period = OffsetPeriod.around(second);
            lastPeriod = period;
        }
        return Math.floorDiv(second + period.offsetSeconds(), SECONDS_PER_DAY);
    }

    /**
     * The last stretch between two clock changes asked about: usage records come by the million,
     * mostly in time order, and looking the offset up in the zone rules each time shows.
     */
    private static volatile OffsetPeriod lastPeriod = new OffsetPeriod(0, 0, 0);

    /** Seconds {@code [from, until)} with one UTC offset. */
    private record OffsetPeriod(long from, long until, int offsetSeconds) {

        static OffsetPeriod around(long second) {
            ZoneRules rules = ZONE.getRules();
            // the last change at or before the second, and the first after it
            ZoneOffsetTransition previous = rules.previousTransition(Instant.ofEpochSecond(second + 1));
            ZoneOffsetTransition following = rules.nextTransition(Instant.ofEpochSecond(second));
            return new OffsetPeriod(previous == null ? Long.MIN_VALUE : previous.toEpochSecond(),
                    following == null ? Long.MAX_VALUE : following.toEpochSecond(),
                    rules.getOffset(Instant.ofEpochSecond(second)).getTotalSeconds());
        }
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}

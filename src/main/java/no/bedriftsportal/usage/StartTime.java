package no.bedriftsportal.usage;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses {@code start_time}: ISO-8601 with an offset. The common shapes
 * {@code 2026-10-03T08:15:00+02:00} and {@code 2026-10-03T08:15:00Z} are read by hand, because
 * {@link OffsetDateTime#parse} costs more than the rest of a line; anything else goes through it.
 */
final class StartTime {

    private static final int LENGTH_UTC = 20;      // 2026-10-03T08:15:00Z
    private static final int LENGTH_OFFSET = 25;   // 2026-10-03T08:15:00+02:00

    private StartTime() {
    }

    static OffsetDateTime parse(String value) {
        try {
            OffsetDateTime common = parseCommonShape(value);
            return common != null ? common : OffsetDateTime.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidField(hasNoOffset(value)
                    ? "start_time lacks an offset such as +02:00, was " + CdrFields.shown(value)
                    : "start_time must be ISO-8601 with offset, e.g. 2026-10-03T08:15:00+02:00, was " + CdrFields.shown(value));
        }
    }

    /** Null when the value has another shape; throws when it has this shape but impossible numbers. */
    private static OffsetDateTime parseCommonShape(String v) {
        int length = v.length();
        if ((length != LENGTH_UTC && length != LENGTH_OFFSET)
                || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T'
                || v.charAt(13) != ':' || v.charAt(16) != ':') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        ZoneOffset offset;
        if (length == LENGTH_UTC) {
            if (v.charAt(19) != 'Z') {
                return null;
            }
            offset = ZoneOffset.UTC;
        } else {
            char sign = v.charAt(19);
            int offsetHours = digits(v, 20, 2);
            int offsetMinutes = digits(v, 23, 2);
            if ((sign != '+' && sign != '-') || v.charAt(22) != ':' || (offsetHours | offsetMinutes) < 0) {
                return null;
            }
            int signum = sign == '+' ? 1 : -1;
            offset = ZoneOffset.ofHoursMinutes(signum * offsetHours, signum * offsetMinutes);
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
    }

    /** The number written at {@code start}, or -1 when a character there is not a digit. */
    private static int digits(String v, int start, int count) {
        int number = 0;
        for (int i = start; i < start + count; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static boolean hasNoOffset(String value) {
        try {
            LocalDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

package no.bedriftsportal.shared.pdf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.Oslo;

/**
 * A cell's value as the text a Norwegian reader expects in its column, through {@link NorwegianFormat}
 * so that a report's figures read as the portal's pages do (no-break spaces between thousands, a true
 * minus sign). The value's type decides what it is, the column's kind how a number is shown.
 */
final class PdfCells {

    private PdfCells() {
    }

    /**
     * {@code String} as it is, {@code Number} by the column's kind, {@code LocalDate}, {@code Instant}
     * (Norwegian time; the date only in a {@code DATE} column) and {@code Duration}; {@code null} is an
     * empty cell and anything else its {@code toString()}.
     */
    static String text(Object value, PdfColumn.Kind kind) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Duration duration) {
            return duration(duration.toSeconds());
        }
        if (value instanceof Number number) {
            return number(number, kind);
        }
        if (value instanceof LocalDate date) {
            return NorwegianFormat.date(date);
        }
        if (value instanceof Instant instant) {
            return kind == PdfColumn.Kind.DATE ? NorwegianFormat.date(Oslo.dateOf(instant)) : NorwegianFormat.dateTime(instant);
        }
        return value.toString();
    }

    private static String number(Number number, PdfColumn.Kind kind) {
        if (kind == PdfColumn.Kind.DURATION) {
            return duration(number.longValue());
        }
        if (number instanceof Double || number instanceof Float) {
            double real = number.doubleValue();
            if (Double.isNaN(real) || Double.isInfinite(real)) {
                return "";
            }
        }
        BigDecimal decimal = decimal(number);
        return switch (kind) {
            case MONEY -> NorwegianFormat.decimal(decimal);
            case INTEGER -> NorwegianFormat.quantity(decimal.setScale(0, RoundingMode.HALF_UP));
            case PERCENT -> NorwegianFormat.quantity(decimal.setScale(1, RoundingMode.HALF_UP))
                    + NorwegianFormat.GROUP_SEPARATOR + "%";
            default -> NorwegianFormat.quantity(decimal);
        };
    }

    private static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }

    /**
     * {@code h:mm:ss} always, unlike {@link NorwegianFormat#duration} which drops the hours under an
     * hour: in a column the colons then line up, and a sum of many hours stays readable ({@code 131:05:09}).
     */
    static String duration(long seconds) {
        long whole = Math.abs(seconds);
        StringBuilder text = new StringBuilder(10);
        if (seconds < 0) {
            text.append('−');
        }
        text.append(whole / 3600).append(':');
        twoDigits(text, whole % 3600 / 60).append(':');
        return twoDigits(text, whole % 60).toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, long value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}

package no.bedriftsportal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.Locale;

/**
 * Numbers, money and dates the way Norwegian users read them: {@code 12 345,67 kr},
 * {@code 27.11.2026}. Groups are separated by a no-break space so a figure never wraps.
 */
public final class NorwegianFormat {

    public static final char GROUP_SEPARATOR = '\u00a0';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private NorwegianFormat() {
    }

    public static String money(BigDecimal amount) {
        return decimal(amount) + GROUP_SEPARATOR + "kr";
    }

    /** {@code 12 345,67}: two decimals, half-up. */
    public static String decimal(BigDecimal amount) {
        return format("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public static String integer(long value) {
        return format("#,##0").format(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(ZonedDateTime.ofInstant(instant, Oslo.ZONE));
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(GROUP_SEPARATOR);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        return new DecimalFormat(pattern, symbols);
    }
}

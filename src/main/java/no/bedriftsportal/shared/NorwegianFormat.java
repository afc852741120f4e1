package no.bedriftsportal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers, money and dates the way Norwegian users read them: {@code 12 345,67 kr},
 * {@code 27.11.2026}. Groups are separated by a no-break space so a figure never wraps.
 */
public final class NorwegianFormat {

    public static final char GROUP_SEPARATOR = '\u00a0';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    /** Each thread's formats by pattern (see {@link #format(String)}). */
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

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

    /**
     * Bytes as megabytes (10^6 bytes, as the operator's price list counts them): one decimal below
     * 10 MB so that small use does not show as 0, whole megabytes above.
     */
    public static String megabytes(long bytes) {
        double megabytes = bytes / 1_000_000.0;
        return format(megabytes < 10 ? "#,##0.#" : "#,##0").format(megabytes);
    }

    /**
     * A length of time as a person reads a call's length: {@code 0:45}, {@code 15:07} (minutes and
     * seconds) under an hour, {@code 1:15:07} from an hour.
     */
    public static String duration(long seconds) {
        long whole = Math.abs(seconds);
        String sign = seconds < 0 ? "−" : "";
        long hours = whole / 3600;
        long minutes = whole % 3600 / 60;
        long rest = whole % 60;
        return hours > 0 ? sign + "%d:%02d:%02d".formatted(hours, minutes, rest) : sign + "%d:%02d".formatted(minutes, rest);
    }

    /**
     * A data volume with a sensible precision and its unit (MB and GB of 10^6 and 10^9 bytes, as the
     * price list counts them): {@code 8,5 MB}, {@code 512 MB}, {@code 12,7 GB}, {@code 1 234 GB}.
     */
    public static String dataVolume(long bytes) {
        long whole = Math.abs(bytes);
        String sign = bytes < 0 ? "−" : "";
        if (whole < 999_500_000L) {
            return sign + megabytes(whole) + GROUP_SEPARATOR + "MB";
        }
        double gigabytes = whole / 1_000_000_000.0;
        return sign + format(gigabytes < 100 ? "#,##0.0" : "#,##0").format(gigabytes) + GROUP_SEPARATOR + "GB";
    }

    /**
     * An invoice line's quantity as a person reads it, by its unit: minutes as {@code 15:07}, MB as
     * {@link #dataVolume}, a month's fee for part of a month as the days it covers ({@code 3 av 31
     * dager}), anything else as the number and its unit. {@code english} gives the words in English.
     *
     * @param start the first day the line covers, {@code end} the last (for a fee in months)
     */
    public static String lineQuantity(BigDecimal quantity, String unit, LocalDate start, LocalDate end, boolean english) {
        String sign = quantity.signum() < 0 ? "−" : "";
        BigDecimal size = quantity.abs();
        return switch (unit) {
            case "min" -> sign + duration(size.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValueExact());
            case "MB" -> sign + dataVolume(size.movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact());
            case "mnd" -> sign + months(size, start, end, english);
            default -> sign + quantity(size) + GROUP_SEPARATOR + unit;
        };
    }

    /** Whole months as months; part of one month as its days: {@code 3 av 31 dager}, {@code 3 of 31 days}. */
    private static String months(BigDecimal months, LocalDate start, LocalDate end, boolean english) {
        boolean oneMonth = start != null && end != null && java.time.YearMonth.from(start).equals(java.time.YearMonth.from(end));
        if (months.stripTrailingZeros().scale() <= 0 || !oneMonth) {
            return quantity(months) + GROUP_SEPARATOR + (english ? "mo." : "mnd");
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
        int inMonth = start.lengthOfMonth();
        return english ? days + " of " + inMonth + (inMonth == 1 ? " day" : " days")
                : days + " av " + inMonth + " dager";
    }

    /** A count, duration or volume with as many decimals as it has (up to three): {@code 312}, {@code 1 534,217}. */
    public static String quantity(BigDecimal quantity) {
        return format("#,##0.###").format(quantity);
    }

    /** {@code 01.12.2026–31.12.2026}, or one date when the period is a single day. */
    public static String period(LocalDate start, LocalDate end) {
        return start.equals(end) ? date(start) : date(start) + "–" + date(end);
    }

    /** An 11-digit bank account as printed on giros: {@code 1234.56.78903}. */
    public static String bankAccount(String elevenDigits) {
        return elevenDigits.substring(0, 4) + "." + elevenDigits.substring(4, 6) + "." + elevenDigits.substring(6);
    }

    /** {@code 923 609 016}, with no-break spaces. */
    public static String orgNumber(String nineDigits) {
        return nineDigits.substring(0, 3) + GROUP_SEPARATOR + nineDigits.substring(3, 6) + GROUP_SEPARATOR + nineDigits.substring(6);
    }

    /** A Norwegian mobile number as {@code 912 34 567} with no-break spaces; any other number as it is. */
    public static String msisdn(String e164) {
        return Msisdn.parse(e164).filter(m -> e164.startsWith("+47"))
                .map(m -> m.display().replace(' ', GROUP_SEPARATOR)).orElse(e164);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(ZonedDateTime.ofInstant(instant, Oslo.ZONE));
    }

    /**
     * The thread's format of a pattern: building a {@link DecimalFormat} costs more than using it, and
     * one is not safe to share between threads. The patterns are this class's own few constants.
     */
    private static DecimalFormat format(String pattern) {
        return FORMATS.get().computeIfAbsent(pattern, NorwegianFormat::newFormat);
    }

    private static DecimalFormat newFormat(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(GROUP_SEPARATOR);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        DecimalFormat decimalFormat = new DecimalFormat(pattern, symbols);
        decimalFormat.setRoundingMode(RoundingMode.HALF_UP);
        return decimalFormat;
    }
}

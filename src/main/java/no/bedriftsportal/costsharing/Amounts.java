package no.bedriftsportal.costsharing;

import java.math.BigDecimal;

/** Reads an amount of NOK as an administrator types it: {@code 1 000,50}, {@code 1000.50}, {@code 100 kr}. */
final class Amounts {

    /** Below numeric(14,2)'s limit. */
    static final BigDecimal LIMIT = new BigDecimal("1000000000");

    private Amounts() {
    }

    /** The amount, or null when blank; {@link NumberFormatException} when it is not a number. */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("[\\s\\u00a0\\u202f]", "").replaceFirst("(?i)(kr|nok)\\.?$", "").replace(',', '.');
        if (cleaned.isEmpty()) {
            return null;
        }
        if (!cleaned.matches("[+-]?\\d+(\\.\\d*)?|[+-]?\\.\\d+")) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(cleaned);
    }
}

package no.bedriftsportal.billing;

import java.util.regex.Pattern;

import no.bedriftsportal.shared.Luhn;

/**
 * A KID (kundeidentifikasjon), the payment reference the payer types from the giro and the bank
 * returns in the OCR file. Digits only, 4–25 long, ending in a check digit (DOMAIN-RULES.md "KID").
 * We issue MOD10 KIDs; MOD11 KIDs (whose check digit may be {@code -}) are accepted when
 * validating, since a payer or another biller may present one.
 */
public record Kid(String value) {

    static final int MIN_LENGTH = 4;
    static final int MAX_LENGTH = 25;

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Invoice KID layout: customer number (8 digits) + invoice number (7 digits) + MOD10. */
    static final int CUSTOMER_NUMBER_DIGITS = 8;
    static final int INVOICE_NUMBER_DIGITS = 7;

    public Kid {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid KID (MOD10 or MOD11, 4–25 characters): " + value);
        }
    }

    /** Appends the MOD10 (Luhn) check digit: {@code 60224} → {@code 602243}. */
    public static Kid mod10(String payloadDigits) {
        requirePayload(payloadDigits);
        return new Kid(payloadDigits + mod10CheckDigit(payloadDigits));
    }

    /**
     * The KID of one invoice: the customer number zero-padded to 8 digits, the invoice number
     * zero-padded to 7, then a MOD10 check digit — 16 digits in all. Fixed widths make the KID
     * unique per (customer number, invoice number) and let the bank's OCR file be matched back
     * to the invoice without a lookup table.
     */
    public static Kid forInvoice(String customerNumber, long invoiceNumber) {
        if (customerNumber == null || !DIGITS.matcher(customerNumber).matches()
                || customerNumber.length() > CUSTOMER_NUMBER_DIGITS) {
            throw new IllegalArgumentException("customer number must be 1–8 digits: " + customerNumber);
        }
        if (invoiceNumber < 1 || invoiceNumber >= 10_000_000L) {
            throw new IllegalArgumentException("invoice number must be 1–9999999: " + invoiceNumber);
        }
        String payload = "0".repeat(CUSTOMER_NUMBER_DIGITS - customerNumber.length()) + customerNumber
                + String.format("%0" + INVOICE_NUMBER_DIGITS + "d", invoiceNumber);
        return mod10(payload);
    }

    public static boolean isValid(String kid) {
        return isValidMod10(kid) || isValidMod11(kid);
    }

    public static boolean isValidMod10(String kid) {
        return hasKidLength(kid) && DIGITS.matcher(kid).matches()
                && kid.charAt(kid.length() - 1) == mod10CheckDigit(kid.substring(0, kid.length() - 1));
    }

    public static boolean isValidMod11(String kid) {
        if (!hasKidLength(kid)) {
            return false;
        }
        String payload = kid.substring(0, kid.length() - 1);
        return DIGITS.matcher(payload).matches() && kid.charAt(kid.length() - 1) == mod11CheckDigit(payload);
    }

    /** Luhn: weights 2,1,2,1… from the rightmost payload digit; products' digit sums are added. */
    static char mod10CheckDigit(String payloadDigits) {
        return (char) ('0' + Luhn.checkDigit(payloadDigits));
    }

    /** Weights 2..7 repeating from the right; 11 − remainder, where 11 → 0 and 10 → '-'. */
    static char mod11CheckDigit(String payloadDigits) {
        int sum = 0;
        for (int i = 0; i < payloadDigits.length(); i++) {
            int digit = payloadDigits.charAt(payloadDigits.length() - 1 - i) - '0';
            sum += digit * (2 + i % 6);
        }
        int check = 11 - sum % 11;
        return switch (check) {
            case 11 -> '0';
            case 10 -> '-';
            default -> (char) ('0' + check);
        };
    }

    private static void requirePayload(String payloadDigits) {
        if (payloadDigits == null || !DIGITS.matcher(payloadDigits).matches()
                || payloadDigits.length() < MIN_LENGTH - 1 || payloadDigits.length() > MAX_LENGTH - 1) {
            throw new IllegalArgumentException("KID payload must be 3–24 digits: " + payloadDigits);
        }
    }

    private static boolean hasKidLength(String kid) {
        return kid != null && kid.length() >= MIN_LENGTH && kid.length() <= MAX_LENGTH;
    }

    @Override
    public String toString() {
        return value;
    }
}

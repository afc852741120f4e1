package no.bedriftsportal.equipment;

import java.util.Optional;

import no.bedriftsportal.shared.Luhn;

/**
 * An IMEI (International Mobile Equipment Identity): 15 digits whose last is a Luhn check digit over the first 14
 * (DOMAIN-RULES "Organisation number and IMEI"). Spaces, dashes and slashes as people type them are ignored.
 */
public record Imei(String value) {

    public Imei {
        if (!valid(value)) {
            throw new IllegalArgumentException("not an IMEI: " + value);
        }
    }

    /** The IMEI in {@code text}, or empty when it is not 15 digits with a valid check digit. */
    public static Optional<Imei> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().replaceAll("[\\s\\-/]", "");
        return valid(digits) ? Optional.of(new Imei(digits)) : Optional.empty();
    }

    static boolean valid(String digits) {
        return digits != null && digits.matches("\\d{15}") && Luhn.endsInCheckDigit(digits);
    }

    @Override
    public String toString() {
        return value;
    }
}

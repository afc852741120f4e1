package no.bedriftsportal.shared;

/**
 * The other party of an employee's call or message as an administrator may see it: the last three
 * digits hidden (DOMAIN-RULES "Privacy"). Short numbers (services, not people) are shown whole.
 */
public final class MaskedNumber {

    private static final int HIDDEN = 3;
    private static final int LONGEST_SERVICE_NUMBER = 5;

    private MaskedNumber() {
    }

    public static String mask(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String value = number.strip();
        int digits = (int) value.chars().filter(Character::isDigit).count();
        if (digits <= LONGEST_SERVICE_NUMBER) {
            return value;
        }
        StringBuilder masked = new StringBuilder(value);
        int hidden = 0;
        for (int i = masked.length() - 1; i >= 0 && hidden < HIDDEN; i--) {
            if (Character.isDigit(masked.charAt(i))) {
                masked.setCharAt(i, '•');
                hidden++;
            }
        }
        return masked.toString();
    }
}

package no.bedriftsportal.billing;

/** Argument checks shared by the invoice records. */
final class Required {

    private Required() {
    }

    static void text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}

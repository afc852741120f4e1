package no.bedriftsportal.usage;

/**
 * Why a record is rejected. Thrown inside the parser only, where it unwinds one record's
 * validation; without a stack trace because rejected lines are data, not bugs.
 */
final class InvalidField extends RuntimeException {

    InvalidField(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}

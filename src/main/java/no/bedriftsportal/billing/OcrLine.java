package no.bedriftsportal.billing;

import static no.bedriftsportal.billing.OcrGiroLayout.DATE;
import static no.bedriftsportal.billing.OcrGiroLayout.RECORD_TYPE;
import static no.bedriftsportal.billing.OcrGiroLayout.SERVICE_CODE;
import static no.bedriftsportal.billing.OcrGiroLayout.TRANSACTION_TYPE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import no.bedriftsportal.billing.OcrGiroLayout.Field;

/** One 80-character line of an OCR giro file, read field by field; every complaint names the line. */
record OcrLine(int number, String text) {

    private static final DateTimeFormatter STRICT_DATE = DATE.withResolverStyle(ResolverStyle.STRICT);

    String recordType() {
        return field(RECORD_TYPE);
    }

    String serviceCode() {
        return field(SERVICE_CODE);
    }

    String transactionType() {
        return field(TRANSACTION_TYPE);
    }

    String field(Field field) {
        return text.substring(field.from() - 1, field.to());
    }

    String digits(Field field) {
        String value = field(field);
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw reject(field.name() + " is not " + field.length() + " digits: '" + value + "'");
        }
        return value;
    }

    long number(Field field) {
        return Long.parseLong(digits(field));
    }

    LocalDate date(Field field) {
        String value = digits(field);
        try {
            return LocalDate.parse(value, STRICT_DATE);
        } catch (DateTimeParseException e) {
            throw reject(field.name() + " is not a date DDMMYY: " + value);
        }
    }

    OcrFileRejected reject(String reason) {
        return new OcrFileRejected(number, reason);
    }
}

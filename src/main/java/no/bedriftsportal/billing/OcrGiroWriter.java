package no.bedriftsportal.billing;

import static no.bedriftsportal.billing.OcrGiroLayout.AGREEMENT_ID;
import static no.bedriftsportal.billing.OcrGiroLayout.AMOUNT;
import static no.bedriftsportal.billing.OcrGiroLayout.AMOUNT_ITEM_1;
import static no.bedriftsportal.billing.OcrGiroLayout.AMOUNT_ITEM_2;
import static no.bedriftsportal.billing.OcrGiroLayout.ASSIGNMENT_ACCOUNT;
import static no.bedriftsportal.billing.OcrGiroLayout.ASSIGNMENT_NUMBER;
import static no.bedriftsportal.billing.OcrGiroLayout.BANK_DATE;
import static no.bedriftsportal.billing.OcrGiroLayout.CHARSET;
import static no.bedriftsportal.billing.OcrGiroLayout.DATA_RECIPIENT;
import static no.bedriftsportal.billing.OcrGiroLayout.DATA_SENDER;
import static no.bedriftsportal.billing.OcrGiroLayout.DATE;
import static no.bedriftsportal.billing.OcrGiroLayout.DAY_CODE;
import static no.bedriftsportal.billing.OcrGiroLayout.DEBIT_ACCOUNT;
import static no.bedriftsportal.billing.OcrGiroLayout.END_ASSIGNMENT;
import static no.bedriftsportal.billing.OcrGiroLayout.END_NETS_DATE;
import static no.bedriftsportal.billing.OcrGiroLayout.END_TRANSMISSION;
import static no.bedriftsportal.billing.OcrGiroLayout.FIRST_NETS_DATE;
import static no.bedriftsportal.billing.OcrGiroLayout.FORMAT;
import static no.bedriftsportal.billing.OcrGiroLayout.FORMAT_CODE;
import static no.bedriftsportal.billing.OcrGiroLayout.KID;
import static no.bedriftsportal.billing.OcrGiroLayout.LAST_NETS_DATE;
import static no.bedriftsportal.billing.OcrGiroLayout.LINE_LENGTH;
import static no.bedriftsportal.billing.OcrGiroLayout.NETS_DATA_SENDER;
import static no.bedriftsportal.billing.OcrGiroLayout.NETS_DATE;
import static no.bedriftsportal.billing.OcrGiroLayout.NO_TRANSACTION_TYPE;
import static no.bedriftsportal.billing.OcrGiroLayout.NUMBER_OF_RECORDS;
import static no.bedriftsportal.billing.OcrGiroLayout.NUMBER_OF_TRANSACTIONS;
import static no.bedriftsportal.billing.OcrGiroLayout.PARTIAL_SETTLEMENT_NUMBER;
import static no.bedriftsportal.billing.OcrGiroLayout.PARTIAL_SETTLEMENT_SERIAL;
import static no.bedriftsportal.billing.OcrGiroLayout.RECORD_TYPE;
import static no.bedriftsportal.billing.OcrGiroLayout.SERVICE_CODE;
import static no.bedriftsportal.billing.OcrGiroLayout.SERVICE_OCR_GIRO;
import static no.bedriftsportal.billing.OcrGiroLayout.SERVICE_TRANSMISSION;
import static no.bedriftsportal.billing.OcrGiroLayout.SIGN;
import static no.bedriftsportal.billing.OcrGiroLayout.START_ASSIGNMENT;
import static no.bedriftsportal.billing.OcrGiroLayout.START_TRANSMISSION;
import static no.bedriftsportal.billing.OcrGiroLayout.TOTAL_AMOUNT;
import static no.bedriftsportal.billing.OcrGiroLayout.TRANSACTION_NUMBER;
import static no.bedriftsportal.billing.OcrGiroLayout.TRANSACTION_TYPE;
import static no.bedriftsportal.billing.OcrGiroLayout.TRANSMISSION_NUMBER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import no.bedriftsportal.billing.OcrGiroLayout.Field;

/**
 * Writes an OCR giro file as Nets would send it (layout in {@link OcrGiroLayout}), for the demo
 * company and for tests. The model carries no recipient id, settlement details or archive
 * references, so those are written as zeros; Nets (00008080) is the data sender.
 */
public final class OcrGiroWriter {

    private OcrGiroWriter() {
    }

    public static byte[] write(OcrGiroFile file) {
        List<String> lines = new ArrayList<>();
        lines.add(new Line(SERVICE_TRANSMISSION, NO_TRANSACTION_TYPE, START_TRANSMISSION)
                .digits(DATA_SENDER, NETS_DATA_SENDER)
                .digits(TRANSMISSION_NUMBER, file.transmissionNumber())
                .number(DATA_RECIPIENT, 0)
                .text());
        for (OcrAssignment assignment : file.assignments()) {
            lines.addAll(assignment(assignment));
        }
        List<OcrPayment> payments = file.payments();
        lines.add(new Line(SERVICE_TRANSMISSION, NO_TRANSACTION_TYPE, END_TRANSMISSION)
                .number(NUMBER_OF_TRANSACTIONS, payments.size())
                .number(NUMBER_OF_RECORDS, lines.size() + 1)
                .number(TOTAL_AMOUNT, totalOre(payments))
                .date(END_NETS_DATE, lastDate(payments))
                .text());
        return (String.join("\n", lines) + "\n").getBytes(CHARSET);
    }

    private static List<String> assignment(OcrAssignment assignment) {
        List<String> lines = new ArrayList<>();
        lines.add(new Line(SERVICE_OCR_GIRO, NO_TRANSACTION_TYPE, START_ASSIGNMENT)
                .digits(AGREEMENT_ID, assignment.agreementId())
                .digits(ASSIGNMENT_NUMBER, assignment.assignmentNumber())
                .digits(ASSIGNMENT_ACCOUNT, assignment.assignmentAccount())
                .text());
        for (OcrPayment payment : assignment.payments()) {
            lines.add(amountItem1(payment));
            lines.add(amountItem2(payment));
        }
        List<OcrPayment> payments = assignment.payments();
        LocalDate first = payments.stream().map(OcrPayment::paymentDate).min(Comparator.naturalOrder()).orElse(null);
        lines.add(new Line(SERVICE_OCR_GIRO, NO_TRANSACTION_TYPE, END_ASSIGNMENT)
                .number(NUMBER_OF_TRANSACTIONS, payments.size())
                .number(NUMBER_OF_RECORDS, lines.size() + 1)
                .number(TOTAL_AMOUNT, totalOre(payments))
                .date(END_NETS_DATE, lastDate(payments))
                .date(FIRST_NETS_DATE, first)
                .date(LAST_NETS_DATE, lastDate(payments))
                .text());
        return lines;
    }

    private static String amountItem1(OcrPayment payment) {
        BigDecimal amount = payment.amount();
        return new Line(SERVICE_OCR_GIRO, payment.transactionType(), AMOUNT_ITEM_1)
                .number(TRANSACTION_NUMBER, payment.transactionNumber())
                .date(NETS_DATE, payment.paymentDate())
                .number(DAY_CODE, payment.paymentDate().getDayOfMonth())
                .number(PARTIAL_SETTLEMENT_NUMBER, 1)
                .number(PARTIAL_SETTLEMENT_SERIAL, payment.transactionNumber() % 100_000)
                .put(SIGN, amount.signum() < 0 ? "-" : "0")
                .number(AMOUNT, amount.abs().movePointRight(2).longValueExact())
                .rightAligned(KID, payment.kid())
                .text();
    }

    private static String amountItem2(OcrPayment payment) {
        return new Line(SERVICE_OCR_GIRO, payment.transactionType(), AMOUNT_ITEM_2)
                .number(TRANSACTION_NUMBER, payment.transactionNumber())
                .date(BANK_DATE, payment.paymentDate())
                .digits(DEBIT_ACCOUNT, payment.debitAccount().isEmpty() ? "0".repeat(DEBIT_ACCOUNT.length()) : payment.debitAccount())
                .text();
    }

    /** The end records state a total without sign, so a negative net total cannot be written. */
    private static long totalOre(List<OcrPayment> payments) {
        long total = payments.stream().mapToLong(p -> p.amount().movePointRight(2).longValueExact()).sum();
        if (total < 0) {
            throw new IllegalArgumentException("the payments add up to a negative total: " + total + " øre");
        }
        return total;
    }

    private static LocalDate lastDate(List<OcrPayment> payments) {
        return payments.stream().map(OcrPayment::paymentDate).max(Comparator.naturalOrder()).orElse(null);
    }

    /** An 80-character record, zero-filled, with fields placed at their positions. */
    private static final class Line {
        private final char[] chars = new char[LINE_LENGTH];

        Line(String serviceCode, String transactionType, String recordType) {
            Arrays.fill(chars, '0');
            put(FORMAT, FORMAT_CODE);
            put(SERVICE_CODE, serviceCode);
            put(TRANSACTION_TYPE, transactionType);
            put(RECORD_TYPE, recordType);
        }

        Line put(Field field, String value) {
            if (value.length() != field.length()) {
                throw new IllegalArgumentException(field.name() + " must be " + field.length() + " characters: '" + value + "'");
            }
            value.getChars(0, value.length(), chars, field.from() - 1);
            return this;
        }

        Line digits(Field field, String value) {
            if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException(field.name() + " must be digits: '" + value + "'");
            }
            return put(field, value);
        }

        Line number(Field field, long value) {
            String digits = Long.toString(value);
            if (value < 0 || digits.length() > field.length()) {
                throw new IllegalArgumentException(field.name() + " does not fit " + field.length() + " digits: " + value);
            }
            return put(field, "0".repeat(field.length() - digits.length()) + digits);
        }

        Line rightAligned(Field field, String value) {
            if (value.length() > field.length()) {
                throw new IllegalArgumentException(field.name() + " is longer than " + field.length() + ": '" + value + "'");
            }
            return put(field, " ".repeat(field.length() - value.length()) + value);
        }

        /** No date (an assignment without payments) is written as zeros. */
        Line date(Field field, LocalDate date) {
            return date == null ? this : put(field, DATE.format(date));
        }

        String text() {
            return new String(chars);
        }
    }
}

package no.bedriftsportal.billing;

import static no.bedriftsportal.billing.OcrGiroLayout.AGREEMENT_ID;
import static no.bedriftsportal.billing.OcrGiroLayout.AMOUNT;
import static no.bedriftsportal.billing.OcrGiroLayout.AMOUNT_ITEM_1;
import static no.bedriftsportal.billing.OcrGiroLayout.AMOUNT_ITEM_2;
import static no.bedriftsportal.billing.OcrGiroLayout.AMOUNT_ITEM_3;
import static no.bedriftsportal.billing.OcrGiroLayout.ASSIGNMENT_ACCOUNT;
import static no.bedriftsportal.billing.OcrGiroLayout.ASSIGNMENT_NUMBER;
import static no.bedriftsportal.billing.OcrGiroLayout.DATA_RECIPIENT;
import static no.bedriftsportal.billing.OcrGiroLayout.DATA_SENDER;
import static no.bedriftsportal.billing.OcrGiroLayout.DEBIT_ACCOUNT;
import static no.bedriftsportal.billing.OcrGiroLayout.END_ASSIGNMENT;
import static no.bedriftsportal.billing.OcrGiroLayout.END_TRANSMISSION;
import static no.bedriftsportal.billing.OcrGiroLayout.KID;
import static no.bedriftsportal.billing.OcrGiroLayout.NETS_DATE;
import static no.bedriftsportal.billing.OcrGiroLayout.NO_TRANSACTION_TYPE;
import static no.bedriftsportal.billing.OcrGiroLayout.NUMBER_OF_RECORDS;
import static no.bedriftsportal.billing.OcrGiroLayout.NUMBER_OF_TRANSACTIONS;
import static no.bedriftsportal.billing.OcrGiroLayout.SERVICE_OCR_GIRO;
import static no.bedriftsportal.billing.OcrGiroLayout.SERVICE_TRANSMISSION;
import static no.bedriftsportal.billing.OcrGiroLayout.SIGN;
import static no.bedriftsportal.billing.OcrGiroLayout.START_ASSIGNMENT;
import static no.bedriftsportal.billing.OcrGiroLayout.START_TRANSMISSION;
import static no.bedriftsportal.billing.OcrGiroLayout.TOTAL_AMOUNT;
import static no.bedriftsportal.billing.OcrGiroLayout.TRANSACTION_NUMBER;
import static no.bedriftsportal.billing.OcrGiroLayout.TRANSMISSION_NUMBER;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a Nets OCR giro file (layout in {@link OcrGiroLayout}). The file is taken whole or not at
 * all: a malformed line, records out of order, or end records whose counts and totals do not
 * reconcile with what precedes them throw {@link OcrFileRejected} (DOMAIN-RULES.md "Bank OCR file").
 * A transaction number used twice in an assignment, or an assignment number twice in the file, is
 * refused too: the two could not be told apart once taken. Lines are read one at a time
 * ({@link OcrLineReader}); only the payments found are kept.
 */
public final class OcrGiroParser {

    private static final Map<String, String> RECORD_NAMES = Map.of(
            START_TRANSMISSION, "start of transmission",
            START_ASSIGNMENT, "start of assignment",
            AMOUNT_ITEM_1, "amount item 1",
            AMOUNT_ITEM_2, "amount item 2",
            AMOUNT_ITEM_3, "amount item 3",
            END_ASSIGNMENT, "end of assignment",
            END_TRANSMISSION, "end of transmission");
    /** Right-aligned digits; a MOD11 KID may end in '-'. */
    private static final Pattern KID_FIELD = Pattern.compile(" *(\\d*-?)");
    private static final String NO_DEBIT_ACCOUNT = "0".repeat(DEBIT_ACCOUNT.length());

    private final OcrLineReader lines;

    private OcrGiroParser(OcrLineReader lines) {
        this.lines = lines;
    }

    public static OcrGiroFile parse(InputStream in) throws IOException {
        return new OcrGiroParser(new OcrLineReader(in, RECORD_NAMES.keySet())).transmission();
    }

    private OcrGiroFile transmission() throws IOException {
        OcrLine start = take(START_TRANSMISSION, SERVICE_TRANSMISSION);
        start.digits(DATA_SENDER);
        start.digits(DATA_RECIPIENT);
        String transmissionNumber = start.digits(TRANSMISSION_NUMBER);

        List<OcrAssignment> assignments = new ArrayList<>();
        Map<String, Integer> assignmentLines = new HashMap<>();
        while (nextIs(START_ASSIGNMENT)) {
            OcrLine first = lines.peek();
            OcrAssignment assignment = assignment();
            Integer earlier = assignmentLines.putIfAbsent(assignment.assignmentNumber(), first.number());
            if (earlier != null) {
                throw first.reject("assignment number " + assignment.assignmentNumber() + " was used before, at line " + earlier);
            }
            assignments.add(assignment);
        }
        OcrLine end = take(END_TRANSMISSION, SERVICE_TRANSMISSION);
        if (lines.peek() != null) {
            throw lines.peek().reject("record after the end of the transmission");
        }
        OcrGiroFile file = new OcrGiroFile(transmissionNumber, assignments);
        reconcile(end, "transmission", file.payments().size(), lines.taken(), sum(file.payments()));
        return file;
    }

    private OcrAssignment assignment() throws IOException {
        int before = lines.taken();
        OcrLine start = take(START_ASSIGNMENT, SERVICE_OCR_GIRO);
        String agreementId = start.digits(AGREEMENT_ID);
        String assignmentNumber = start.digits(ASSIGNMENT_NUMBER);
        String assignmentAccount = start.digits(ASSIGNMENT_ACCOUNT);

        List<OcrPayment> payments = new ArrayList<>();
        Map<Integer, Integer> transactionLines = new HashMap<>();
        while (nextIs(AMOUNT_ITEM_1)) {
            OcrLine first = lines.peek();
            OcrPayment payment = payment();
            Integer earlier = transactionLines.putIfAbsent(payment.transactionNumber(), first.number());
            if (earlier != null) {
                throw first.reject("transaction number " + payment.transactionNumber() + " was used before in the assignment, at line "
                        + earlier);
            }
            payments.add(payment);
        }
        OcrLine end = take(END_ASSIGNMENT, SERVICE_OCR_GIRO);
        reconcile(end, "assignment", payments.size(), lines.taken() - before, sum(payments));
        return new OcrAssignment(agreementId, assignmentNumber, assignmentAccount, payments);
    }

    private OcrPayment payment() throws IOException {
        OcrLine item1 = take(AMOUNT_ITEM_1, SERVICE_OCR_GIRO);
        int transactionNumber = (int) item1.number(TRANSACTION_NUMBER);
        OcrLine item2 = take(AMOUNT_ITEM_2, SERVICE_OCR_GIRO);
        sameTransaction(item1, item2);
        if (nextIs(AMOUNT_ITEM_3)) {
            sameTransaction(item1, take(AMOUNT_ITEM_3, SERVICE_OCR_GIRO));
        }
        String debitAccount = item2.digits(DEBIT_ACCOUNT);
        return new OcrPayment(
                transactionNumber,
                item1.date(NETS_DATE),
                amount(item1),
                kid(item1),
                debitAccount.equals(NO_DEBIT_ACCOUNT) ? "" : debitAccount,
                item1.transactionType());
    }

    private static BigDecimal amount(OcrLine item1) {
        String sign = item1.field(SIGN);
        if (!sign.equals("0") && !sign.equals("-")) {
            throw item1.reject("sign is neither '0' nor '-': '" + sign + "'");
        }
        BigDecimal amount = BigDecimal.valueOf(item1.number(AMOUNT), 2);
        return sign.equals("-") ? amount.negate() : amount;
    }

    private static String kid(OcrLine item1) {
        var matcher = KID_FIELD.matcher(item1.field(KID));
        if (!matcher.matches()) {
            throw item1.reject("KID is not right-aligned digits: '" + item1.field(KID) + "'");
        }
        return matcher.group(1);
    }

    private static void sameTransaction(OcrLine item1, OcrLine other) {
        if (!other.digits(TRANSACTION_NUMBER).equals(item1.digits(TRANSACTION_NUMBER))
                || !other.transactionType().equals(item1.transactionType())) {
            throw other.reject("amount item belongs to another transaction than line " + item1.number());
        }
    }

    /** The next line, which must be of the given record type; start and end records carry no transaction type. */
    private OcrLine take(String recordType, String serviceCode) throws IOException {
        OcrLine line = lines.peek();
        if (line == null) {
            throw new OcrFileRejected(lines.taken(), "file ends before record type " + recordType + " (" + RECORD_NAMES.get(recordType) + ")");
        }
        if (!line.recordType().equals(recordType)) {
            throw line.reject("expected record type " + recordType + " (" + RECORD_NAMES.get(recordType)
                    + "), found " + line.recordType() + " (" + RECORD_NAMES.get(line.recordType()) + ")");
        }
        if (!line.serviceCode().equals(serviceCode)) {
            throw line.reject("service code is '" + line.serviceCode() + "', expected " + serviceCode);
        }
        boolean amountItem = recordType.startsWith("3");
        if (amountItem ? !isTransactionType(line.transactionType()) : !line.transactionType().equals(NO_TRANSACTION_TYPE)) {
            throw line.reject("transaction type '" + line.transactionType() + "' is not valid on this record");
        }
        return lines.take();
    }

    private boolean nextIs(String recordType) {
        return lines.peek() != null && lines.peek().recordType().equals(recordType);
    }

    private static boolean isTransactionType(String code) {
        return code.chars().allMatch(Character::isDigit) && Integer.parseInt(code) >= 10 && Integer.parseInt(code) <= 21;
    }

    private static void reconcile(OcrLine end, String scope, int transactions, int records, long totalOre) {
        long statedTransactions = end.number(NUMBER_OF_TRANSACTIONS);
        long statedRecords = end.number(NUMBER_OF_RECORDS);
        long statedTotal = end.number(TOTAL_AMOUNT);
        if (statedTransactions != transactions) {
            throw end.reject("states " + statedTransactions + " transactions, the " + scope + " has " + transactions);
        }
        if (statedRecords != records) {
            throw end.reject("states " + statedRecords + " records, the " + scope + " has " + records);
        }
        if (statedTotal != totalOre) {
            throw end.reject("states a total of " + statedTotal + " øre, the " + scope + "'s payments add up to " + totalOre);
        }
    }

    private static long sum(List<OcrPayment> payments) {
        return payments.stream().mapToLong(payment -> payment.amount().movePointRight(2).longValueExact()).sum();
    }
}

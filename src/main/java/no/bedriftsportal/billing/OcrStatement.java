package no.bedriftsportal.billing;

import static no.bedriftsportal.billing.OcrGiroLayout.AMOUNT;
import static no.bedriftsportal.billing.OcrGiroLayout.AMOUNT_ITEM_1;
import static no.bedriftsportal.billing.OcrGiroLayout.END_TRANSMISSION;
import static no.bedriftsportal.billing.OcrGiroLayout.FORMAT_CODE;
import static no.bedriftsportal.billing.OcrGiroLayout.LINE_LENGTH;
import static no.bedriftsportal.billing.OcrGiroLayout.NUMBER_OF_TRANSACTIONS;
import static no.bedriftsportal.billing.OcrGiroLayout.RECORD_TYPE;
import static no.bedriftsportal.billing.OcrGiroLayout.SIGN;
import static no.bedriftsportal.billing.OcrGiroLayout.START_TRANSMISSION;
import static no.bedriftsportal.billing.OcrGiroLayout.TOTAL_AMOUNT;
import static no.bedriftsportal.billing.OcrGiroLayout.TRANSMISSION_NUMBER;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import no.bedriftsportal.billing.OcrGiroLayout.Field;

/**
 * What a file that was refused before its payments could be taken says about itself, read as
 * leniently as it allows, so that the ledger can count its money as refused: the transmission
 * number of its first record, and the count and total of its end-of-transmission record (89); if
 * it has none that reads, the amount items (30) that read. A file with neither states nothing.
 * Like the parser, it holds one line at a time.
 *
 * @param transmissionNumber null when the first record does not give one
 */
record OcrStatement(String transmissionNumber, int transactions, BigDecimal total) {

    static OcrStatement of(Path file) {
        String transmission = null;
        Long statedTransactions = null;
        Long statedTotal = null;
        int items = 0;
        long itemsTotal = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int number = 0;
            for (String line; (line = nextLine(in)) != null; ) {
                number++;
                if (line.length() != LINE_LENGTH || !line.startsWith(FORMAT_CODE)) {
                    continue;
                }
                String recordType = field(line, RECORD_TYPE);
                if (number == 1 && recordType.equals(START_TRANSMISSION) && digits(line, TRANSMISSION_NUMBER)) {
                    transmission = field(line, TRANSMISSION_NUMBER);
                } else if (recordType.equals(END_TRANSMISSION) && digits(line, NUMBER_OF_TRANSACTIONS) && digits(line, TOTAL_AMOUNT)) {
                    statedTransactions = Long.parseLong(field(line, NUMBER_OF_TRANSACTIONS));
                    statedTotal = Long.parseLong(field(line, TOTAL_AMOUNT));
                } else if (recordType.equals(AMOUNT_ITEM_1) && digits(line, AMOUNT) && "0-".contains(field(line, SIGN))) {
                    long ore = Long.parseLong(field(line, AMOUNT));
                    items++;
                    itemsTotal += field(line, SIGN).equals("-") ? -ore : ore;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return statedTotal != null
                ? new OcrStatement(transmission, (int) Math.min(Integer.MAX_VALUE, statedTransactions), BigDecimal.valueOf(statedTotal, 2))
                : new OcrStatement(transmission, items, BigDecimal.valueOf(itemsTotal, 2));
    }

    /** The next line, or null at the end; a line longer than a record is read through but not kept (returned empty). */
    private static String nextLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(LINE_LENGTH + 1);
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (line.length() > LINE_LENGTH) {
                tooLong = true;
            } else {
                line.append((char) b);
            }
        }
        if (b == -1 && line.isEmpty()) {
            return null;
        }
        if (tooLong) {
            return "";
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    private static String field(String line, Field field) {
        return line.substring(field.from() - 1, field.to());
    }

    private static boolean digits(String line, Field field) {
        return field(line, field).chars().allMatch(c -> c >= '0' && c <= '9');
    }
}

package no.bedriftsportal.costsharing;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import no.bedriftsportal.shared.csv.CsvWriter;

/**
 * Writes payroll lines in one of the {@link PayrollFormat}s, byte for byte as each layout says
 * ({@code docs/payroll-files.md} gives every column and its source).
 *
 * <p>Texts are made safe for each layout: control characters (line breaks, tabs) become spaces;
 * in the semicolon formats that are not quoted, semicolons and double quotes become spaces too, and a
 * leading equals, plus, minus or at sign is dropped, so a text can neither break a row nor run as a formula. The
 * plain CSV uses {@link CsvWriter}, which quotes and guards formulas itself. Numbers that a layout
 * wants as digits (Visma Lønn, Huldt &amp; Lillevik) are checked, and a line that would not fit is
 * refused with an {@link IllegalArgumentException} naming the employee, never written wrong.
 */
final class PayrollFiles {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
    private static final String CRLF = "\r\n";

    /** Huldt &amp; Lillevik: the widths of department, project and the five elements (blank). */
    private static final int HL_DIMENSIONS = 12 * 7;
    private static final int HL_FILLER = 30;

    private PayrollFiles() {
    }

    /** The file's bytes (its encoding as the format says). */
    static byte[] write(PayrollFormat format, List<PayrollLine> lines) {
        lines.forEach(PayrollFiles::requireComplete);
        return switch (format) {
            case VISMA_LONN -> visma(lines);
            case TRIPLETEX -> tripletex(lines);
            case HULDT_LILLEVIK -> huldtLillevik(lines);
            case CSV -> csv(lines);
        };
    }

    /** The file name for a company's month, e.g. {@code lonnstrekk-2026-03-visma.txt}. */
    static String fileName(PayrollFormat format, YearMonth month) {
        String base = "lonnstrekk-" + month;
        return switch (format) {
            case VISMA_LONN -> base + "-visma.txt";
            case TRIPLETEX -> base + "-tripletex.csv";
            case HULDT_LILLEVIK -> base + "-huldt-lillevik.txt";
            case CSV -> base + ".csv";
        };
    }

    /**
     * Visma Lønn, "Lønnsregistrering Standard format": 17 fields separated by {@code ;}, the last
     * (deduction code) empty; decimal point; cost units as empty quoted text. ASCII, CRLF.
     */
    private static byte[] visma(List<PayrollLine> lines) {
        StringBuilder out = new StringBuilder();
        for (PayrollLine line : lines) {
            String amount = amount(line).toPlainString();
            out.append("0;0;")
                    .append(digits(line.employeeNumber(), Integer.MAX_VALUE, line, "employee number")).append(';')
                    .append(digits(line.payType(), Integer.MAX_VALUE, line, "pay type")).append(';')
                    .append("0.00;1.00;").append(amount).append(';').append(amount).append(';')
                    .append(";;")
                    .append("\"\";\"\";\"\";\"\";\"\";\"\";")
                    .append(CRLF);
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Tripletex "Lønnsimport": a header row, then year; month; employee number; wage type number;
     * comment; quantity; rate; project number; department number. UTF-8 with a byte order mark,
     * {@code ;}, decimal comma, CRLF (as {@link CsvWriter} writes).
     */
    private static byte[] tripletex(List<PayrollLine> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(bytes)) {
            csv.header(List.of("YEAR", "MONTH", "EMPLOYEE NUMBER", "WAGE TYPE NUMBER", "COMMENT", "QUANTITY", "RATE",
                    "PROJECT NUMBER", "DEPARTMENT NUMBER"));
            for (PayrollLine line : lines) {
                csv.row(line.period().getYear(), line.period().getMonthValue(), unquoted(line.employeeNumber()),
                        unquoted(line.payType()), unquoted(line.text()), 1, amount(line), null, null);
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Huldt &amp; Lillevik, variable pay data: fixed width ASCII records of 164 characters — employee
     * (6), pay type (5), department (12), project (12), elements 1–5 (5 × 12), date DDMMYY (6), quantity
     * (10), rate (10), amount (13), filler (30); numbers right-aligned and zero-padded with two implied
     * decimals, a negative one with its minus sign in the field's first position. CRLF.
     */
    private static byte[] huldtLillevik(List<PayrollLine> lines) {
        StringBuilder out = new StringBuilder();
        for (PayrollLine line : lines) {
            String date = DDMMYY.format(line.period().atEndOfMonth());
            out.append(zeroPadded(digits(line.employeeNumber(), 6, line, "employee number"), 6))
                    .append(zeroPadded(digits(line.payType(), 5, line, "pay type"), 5))
                    .append(" ".repeat(HL_DIMENSIONS))
                    .append(date)
                    .append(ore(BigDecimal.ONE, 10, line))
                    .append(ore(amount(line), 10, line))
                    .append(ore(amount(line), 13, line))
                    .append(" ".repeat(HL_FILLER))
                    .append(CRLF);
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The plain CSV for SAP, Agresso and others: a header row, then employee number; name; pay type;
     * amount; period (yyyy-MM); text, as {@link CsvWriter} writes (UTF-8 with a byte order mark,
     * {@code ;}, decimal comma, CRLF, quoting, formula guard).
     */
    private static byte[] csv(List<PayrollLine> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.open(bytes)) {
            csv.header(List.of("Ansattnummer", "Navn", "Lønnsart", "Beløp", "Periode", "Tekst"));
            for (PayrollLine line : lines) {
                csv.row(oneLine(line.employeeNumber()), oneLine(line.employeeName()), oneLine(line.payType()),
                        amount(line), line.period().toString(), oneLine(line.text()));
            }
        }
        return bytes.toByteArray();
    }

    private static void requireComplete(PayrollLine line) {
        if (line.employeeNumber() == null || line.employeeNumber().isBlank()) {
            throw new IllegalArgumentException("no employee number: " + line.employeeName());
        }
        if (line.payType() == null || line.payType().isBlank()) {
            throw new IllegalArgumentException("no pay type: " + line.employeeName());
        }
        if (line.amount() == null || line.period() == null) {
            throw new IllegalArgumentException("no amount or period: " + line.employeeName());
        }
    }

    private static BigDecimal amount(PayrollLine line) {
        return line.amount().setScale(2, RoundingMode.HALF_UP);
    }

    /** The value as digits only, at most {@code width} of them. */
    private static String digits(String value, int width, PayrollLine line, String what) {
        String trimmed = value.strip();
        if (!DIGITS.matcher(trimmed).matches() || trimmed.length() > width) {
            throw new IllegalArgumentException(what + " must be " + (width == Integer.MAX_VALUE ? "" : "at most " + width
                    + " ") + "digits for this payroll format: " + line.employeeName() + " has «" + oneLine(value) + "»");
        }
        return trimmed;
    }

    private static String zeroPadded(String digits, int width) {
        return "0".repeat(width - digits.length()) + digits;
    }

    /** An amount in øre (two implied decimals), right-aligned, zero-padded, a minus sign first. */
    private static String ore(BigDecimal amount, int width, PayrollLine line) {
        BigDecimal ore = amount.setScale(2, RoundingMode.HALF_UP).multiply(HUNDRED).setScale(0, RoundingMode.UNNECESSARY);
        String digits = ore.abs().toPlainString();
        int room = ore.signum() < 0 ? width - 1 : width;
        if (digits.length() > room) {
            throw new IllegalArgumentException("amount too large for this payroll format: " + line.employeeName());
        }
        return (ore.signum() < 0 ? "-" : "") + zeroPadded(digits, room);
    }

    /** Text on one line: control characters (line breaks, tabs) as spaces, trimmed. */
    static String oneLine(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll(" ").strip();
    }

    /** Text for a semicolon field that is not quoted: on one line, no semicolon or double quote, no formula start. */
    static String unquoted(String text) {
        if (text == null) {
            return null;
        }
        String safe = oneLine(text.replace(';', ' ').replace('"', ' '));
        int start = 0;
        while (start < safe.length() && "=+-@ ".indexOf(safe.charAt(start)) >= 0) {
            start++;
        }
        return safe.substring(start);
    }
}

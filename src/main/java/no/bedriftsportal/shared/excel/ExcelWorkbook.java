package no.bedriftsportal.shared.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import no.bedriftsportal.shared.Oslo;

/**
 * An Excel (.xlsx) export written row by row: only a small window of rows is held in memory
 * (Apache POI SXSSF), so 100,000 rows cost the same memory as 100.
 *
 * <p>Every sheet gets a bold, frozen header row with a filter on it, typed cells (numbers stay
 * numbers, dates are dates) and, when asked, a totals row with the sum of each numeric column.
 * Text that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab,
 * carriage return first) is stored as quoted text, so a name like {@code =HYPERLINK(…)} typed by
 * a user shows as text and never runs (OWASP "CSV injection").
 */
public final class ExcelWorkbook implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;
    private static final double SECONDS_PER_DAY = 86_400.0;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle header;
    private final CellStyle quotedText;
    private final CellStyle total;
    private final Map<ExcelColumn.Kind, CellStyle> styles = new EnumMap<>(ExcelColumn.Kind.class);
    private final Map<ExcelColumn.Kind, CellStyle> totalStyles = new EnumMap<>(ExcelColumn.Kind.class);

    public ExcelWorkbook() {
        // the flushed rows' temporary file is left uncompressed: gzip cost a quarter of a 100,000-row
        // export's time (#16), and the file is gone when the workbook closes
        workbook.setCompressTempFiles(false);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        total = workbook.createCellStyle();
        total.setFont(bold);
        total.setBorderTop(BorderStyle.THIN);
        for (ExcelColumn.Kind kind : ExcelColumn.Kind.values()) {
            styles.put(kind, style(kind, false, bold));
            totalStyles.put(kind, style(kind, true, bold));
        }
    }

    private CellStyle style(ExcelColumn.Kind kind, boolean isTotal, Font bold) {
        CellStyle style = workbook.createCellStyle();
        String format = switch (kind) {
            case INTEGER, COUNT, PERCENT -> "#,##0";
            case MONEY -> "#,##0.00";
            case DECIMAL -> "#,##0.###";
            case DURATION -> "[h]:mm:ss";
            case DATE -> "dd.mm.yyyy";
            case DATE_TIME -> "dd.mm.yyyy hh:mm";
            case TEXT -> null;
        };
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        if (isTotal) {
            style.setFont(bold);
            style.setBorderTop(BorderStyle.THIN);
        }
        return style;
    }

    /** Starts a sheet with its header row; write its rows before starting the next sheet. */
    public Sheet sheet(String name, List<ExcelColumn> columns) {
        SXSSFSheet sheet = workbook.createSheet(safeSheetName(name));
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            ExcelColumn column = columns.get(i);
            sheet.setColumnWidth(i, Math.min(255, column.width() + 2) * 256);
            Cell cell = row.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        return new Sheet(sheet, List.copyOf(columns));
    }

    public void writeTo(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the temporary files the streamed rows were flushed to. */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel allows 31 characters and none of {@code \ / ? * [ ] :} in a sheet name. */
    static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    /** True when a spreadsheet program would read the text as a formula or a command. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** One sheet being written. */
    public final class Sheet {

        private final SXSSFSheet sheet;
        private final List<ExcelColumn> columns;
        private final BigDecimal[] sums;
        private int rows;

        private Sheet(SXSSFSheet sheet, List<ExcelColumn> columns) {
            this.sheet = sheet;
            this.columns = columns;
            this.sums = new BigDecimal[columns.size()];
            for (int i = 0; i < sums.length; i++) {
                sums[i] = BigDecimal.ZERO;
            }
        }

        /**
         * Writes a row: {@code String} for text, {@code Number} for numbers, {@code LocalDate} or
         * {@code Instant} for dates; {@code null} leaves the cell empty.
         */
        public Sheet row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("Expected " + columns.size() + " values, got " + values.length);
            }
            Row row = sheet.createRow(++rows);
            for (int i = 0; i < values.length; i++) {
                write(row, i, values[i]);
            }
            return this;
        }

        private void write(Row row, int index, Object given) {
            if (given == null) {
                return;
            }
            ExcelColumn.Kind kind = columns.get(index).kind();
            Object value = kind == ExcelColumn.Kind.DURATION && given instanceof Number seconds
                    ? Duration.ofSeconds(seconds.longValue()) : given;
            Cell cell = row.createCell(index);
            if (value instanceof Duration duration) {
                // seconds are summed exactly; the cell holds Excel's time, a fraction of a day
                cell.setCellValue(duration.toSeconds() / SECONDS_PER_DAY);
                cell.setCellStyle(styles.get(ExcelColumn.Kind.DURATION));
                sums[index] = sums[index].add(BigDecimal.valueOf(duration.toSeconds()));
            } else if (value instanceof Number number) {
                BigDecimal decimal = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
                cell.setCellValue(decimal.doubleValue());
                cell.setCellStyle(styles.get(kind));
                if (kind.summed()) {
                    sums[index] = sums[index].add(decimal);
                }
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.get(ExcelColumn.Kind.DATE));
            } else if (value instanceof Instant instant) {
                cell.setCellValue(LocalDateTime.ofInstant(instant, Oslo.ZONE));
                cell.setCellStyle(styles.get(ExcelColumn.Kind.DATE_TIME));
            } else {
                String text = value.toString();
                cell.setCellValue(text);
                if (looksLikeFormula(text)) {
                    cell.setCellStyle(quotedText);
                }
            }
        }

        /** Ends the sheet with a bold row holding {@code label} and the sum of every numeric column. */
        public Sheet totals(String label) {
            Row row = sheet.createRow(++rows);
            Cell first = row.createCell(0);
            first.setCellValue(label);
            first.setCellStyle(total);
            for (int i = 1; i < columns.size(); i++) {
                ExcelColumn.Kind kind = columns.get(i).kind();
                Cell cell = row.createCell(i);
                if (kind == ExcelColumn.Kind.DURATION) {
                    cell.setCellValue(sums[i].doubleValue() / SECONDS_PER_DAY);
                    cell.setCellStyle(totalStyles.get(kind));
                } else if (kind.summed()) {
                    cell.setCellValue(sums[i].doubleValue());
                    cell.setCellStyle(totalStyles.get(kind));
                } else {
                    cell.setCellStyle(total);
                }
            }
            return this;
        }

        /** Puts a filter on the header row, over every row written so far. */
        public Sheet filter() {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, columns.size() - 1));
            return this;
        }

        public int rows() {
            return rows;
        }
    }
}

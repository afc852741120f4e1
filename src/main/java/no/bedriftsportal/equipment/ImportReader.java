package no.bedriftsportal.equipment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an equipment file (E2): an Excel workbook's first sheet, streamed cell by cell (POI's SAX reader, never the
 * whole sheet as objects), or a CSV file as our exports write it ({@code ;}, UTF-8 with or without a byte order
 * mark, RFC 4180 quotes). The first row holds the headers ({@link ImportColumns}); at most {@link #MAX_ROWS} rows
 * follow. An Excel date cell reads as {@code dd.MM.yyyy}, a number cell as its plain digits (an IMEI typed as a
 * number keeps all 15).
 */
final class ImportReader {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ImportReader() {
    }

    static List<ImportRow> read(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new ImportRefused("equipment.import.error.tooBig", "the file is larger than 5 MB", 5);
        }
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
        List<List<String>> rows = zip ? excel(content) : csv(content);
        return rows(rows);
    }

    private static List<ImportRow> rows(List<List<String>> rows) {
        if (rows.isEmpty()) {
            throw new ImportRefused("equipment.import.error.empty", "the file has no rows");
        }
        List<String> header = rows.get(0);
        Map<Integer, String> fields = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            ImportColumns.field(header.get(i)).ifPresent(field -> fields.putIfAbsent(column, field));
        }
        if (!fields.containsValue("kind") || !fields.containsValue("make") || !fields.containsValue("model")
                || !(fields.containsValue("imei") || fields.containsValue("serialNumber"))) {
            throw new ImportRefused("equipment.import.error.columns",
                    "the first row must name the columns, at least Type, Merke, Modell and IMEI or Serienummer");
        }
        List<ImportRow> result = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(value -> value == null || value.isBlank())) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (Map.Entry<Integer, String> field : fields.entrySet()) {
                String value = field.getKey() < row.size() ? row.get(field.getKey()) : null;
                values.put(field.getValue(), unquoted(value == null ? "" : value));
            }
            result.add(new ImportRow(r + 1, new DeviceInput(values.getOrDefault("kind", ""), values.getOrDefault("make", ""),
                    values.getOrDefault("model", ""), values.getOrDefault("imei", ""), values.getOrDefault("serialNumber", ""),
                    values.getOrDefault("phone", ""), values.getOrDefault("holder", ""),
                    values.getOrDefault("customerNumber", ""), values.getOrDefault("purchasedOn", ""),
                    values.getOrDefault("price", ""), values.getOrDefault("supplier", ""),
                    values.getOrDefault("warrantyEndsOn", ""), values.getOrDefault("status", ""),
                    values.getOrDefault("notes", ""))));
        }
        return result;
    }

    /** Our CSV writer puts an apostrophe before text a spreadsheet would run as a formula; reading takes it off. */
    private static String unquoted(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        if (rows.size() > MAX_ROWS) {
            throw new ImportRefused("equipment.import.error.tooManyRows", "the file has more than " + MAX_ROWS + " rows",
                    MAX_ROWS);
        }
        rows.add(row);
    }

    static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0 || text.contains("\uFFFD")) {
            throw new ImportRefused("equipment.import.error.format", "the file is neither an Excel workbook nor a UTF-8 CSV file");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                addRow(rows, row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            addRow(rows, row);
        }
        return rows;
    }

    static List<List<String>> excel(byte[] content) {
        List<List<String>> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return rows;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(rows), new PlainFormatter(),
                        false));
                parser.parse(new InputSource(sheet));
            }
        } catch (ImportRefused refused) {
            throw refused;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new ImportRefused("equipment.import.error.format", "the file is neither an Excel workbook nor a UTF-8 CSV file");
        }
        return rows;
    }

    /** Collects the rows of the sheet, filling skipped (empty) cells. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<List<String>> rows;
        private List<String> row;
        private int nextRow;

        Collector(List<List<String>> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            while (nextRow < rowNum) {
                addRow(rows, new ArrayList<>());
                nextRow++;
            }
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            addRow(rows, row);
            nextRow = rowNum + 1;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? row.size() : column(reference);
            while (row.size() < column) {
                row.add("");
            }
            if (column < 100) {
                row.add(value == null ? "" : value);
            }
        }

        private static int column(String reference) {
            int column = 0;
            for (char c : reference.toCharArray()) {
                if (!Character.isLetter(c)) {
                    break;
                }
                column = column * 26 + (Character.toUpperCase(c) - 'A' + 1);
            }
            return column - 1;
        }
    }

    /** Dates as {@code dd.MM.yyyy}, numbers as plain digits with a point: what {@link DeviceCheck} reads. */
    private static final class PlainFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return Optional.ofNullable(DateUtil.getLocalDateTime(value, use1904Windowing))
                        .map(dateTime -> DATE.format(dateTime.toLocalDate())).orElse("");
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}

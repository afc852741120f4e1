package no.bedriftsportal.isolation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import no.bedriftsportal.PortalHttpClient.Download;

/**
 * Everything an answer tells its reader, as text to search for a victim's data: the headers (a
 * {@code Location} or a file name can leak too) and the body — HTML and JSON as they are, an Excel
 * file cell by cell (raw values and as shown), a PDF as its text.
 */
final class ResponseText {

    private static final String XLSX = "spreadsheetml";
    private static final String PDF = "application/pdf";

    private ResponseText() {
    }

    static String of(Download answer) {
        StringBuilder text = new StringBuilder();
        answer.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("set-cookie")) {
                text.append(name).append(": ").append(String.join(", ", values)).append('\n');
            }
        });
        return text.append(body(answer)).toString();
    }

    private static String body(Download answer) {
        String type = contentType(answer.headers());
        byte[] content = answer.content();
        if (type.contains(XLSX) || startsWithZip(content)) {
            return excel(content);
        }
        if (type.startsWith(PDF) || startsWith(content, "%PDF")) {
            return pdf(content);
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    private static String excel(byte[] content) {
        StringBuilder text = new StringBuilder();
        DataFormatter shown = new DataFormatter(Locale.forLanguageTag("nb"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(shown.formatCellValue(cell)).append('\t').append(cell).append('\t');
                    }
                    text.append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not an Excel file", e);
        }
        return text.toString();
    }

    private static String pdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("not a PDF", e);
        }
    }

    private static String contentType(Map<String, List<String>> headers) {
        List<String> values = headers.get("content-type");
        return values == null || values.isEmpty() ? "" : values.get(0).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static boolean startsWith(byte[] content, String prefix) {
        byte[] bytes = prefix.getBytes(StandardCharsets.US_ASCII);
        if (content.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (content[i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}

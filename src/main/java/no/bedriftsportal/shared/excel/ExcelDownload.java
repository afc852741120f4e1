package no.bedriftsportal.shared.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/** Sends an Excel export as a download, streaming the workbook straight into the response. */
public final class ExcelDownload {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExcelDownload() {
    }

    /**
     * Writes the workbook that {@code content} fills to the response as {@code filename}
     * (which should end in {@code .xlsx}); the temporary files are removed afterwards.
     */
    public static void send(HttpServletResponse response, String filename, Consumer<ExcelWorkbook> content) {
        try (ExcelWorkbook workbook = new ExcelWorkbook()) {
            content.accept(workbook);
            response.setContentType(CONTENT_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            workbook.writeTo(response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

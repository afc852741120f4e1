package no.bedriftsportal.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/** Sends a CSV export as a download, written row by row straight into the response. */
public final class CsvDownload {

    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private CsvDownload() {
    }

    /** Writes the file that {@code content} fills to the response as {@code filename} (which should end in {@code .csv}). */
    public static void send(HttpServletResponse response, String filename, Consumer<CsvWriter> content) {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            CsvWriter writer = CsvWriter.open(response.getOutputStream());
            content.accept(writer);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package no.bedriftsportal.billing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders an invoice or credit note as PDF (SPEC.md F2) with openhtmltopdf. The font is embedded
 * (subset) so that æøå print on any reader, and the text stays searchable.
 */
public final class InvoicePdf {

    private static final byte[] REGULAR = font("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("LiberationSans-Bold.ttf");

    static {
        // openhtmltopdf writes five INFO lines per render to its own console handler; keep its warnings
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private InvoicePdf() {
    }

    public static byte[] render(InvoiceDocument document) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(128 * 1024);
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useFont(() -> new ByteArrayInputStream(REGULAR), InvoiceHtml.FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(BOLD), InvoiceHtml.FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .withHtmlContent(InvoiceHtml.of(document), null)
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render invoice " + document.number(), e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = InvoicePdf.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

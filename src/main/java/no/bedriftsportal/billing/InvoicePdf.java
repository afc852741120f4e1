package no.bedriftsportal.billing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders an invoice or credit note as PDF (SPEC.md F2) with openhtmltopdf, in the fonts of
 * {@link InvoiceTypeface}. Safe to call from several threads at once: each render has its own
 * document and fonts.
 */
public final class InvoicePdf {

    static {
        // openhtmltopdf writes five INFO lines per render to its own console handler; keep its warnings
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private InvoicePdf() {
    }

    public static byte[] render(InvoiceDocument document) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(128 * 1024);
        // the renderer saves and closes the document; closing it again is harmless, and needed if it fails before
        try (PDDocument target = new PDDocument()) {
            InvoiceTypeface.embed(new PdfRendererBuilder().useFastMode().usePDDocument(target), target)
                    .withHtmlContent(InvoiceHtml.of(document), null)
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render invoice " + document.number(), e);
        }
        return pdf.toByteArray();
    }
}

package no.bedriftsportal.billing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Liberation Sans, regular and bold, embedded as a subset into one invoice's PDF so that æøå print
 * on any reader and the text stays searchable. The files are read from the classpath once; each
 * document parses its own copy of the bytes, as a parsed font is not safe to share between renders
 * that run at the same time.
 * <p>
 * The fonts' glyph substitutions (GSUB) are turned off. PDFBox 3.0 applies a Latin font's {@code ccmp},
 * {@code liga} and {@code clig} substitutions to every string it shows, compiling regular expressions
 * for each one: two thirds of an invoice's render time. Liberation Sans has no {@code liga} or
 * {@code clig}, and its {@code ccmp} only joins the tone letters ˥˦˧˨˩ into contours, which no
 * invoice prints, so every glyph stays as it was (ADR 0021).
 */
final class InvoiceTypeface {

    static final String FAMILY = "Liberation Sans";

    private static final byte[] REGULAR = file("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = file("LiberationSans-Bold.ttf");

    private InvoiceTypeface() {
    }

    /** Loads both weights into the document the builder renders into (its {@code usePDDocument}). */
    static PdfRendererBuilder embed(PdfRendererBuilder builder, PDDocument document) throws IOException {
        return builder
                .useFont(new PDFontSupplier(load(document, REGULAR)), FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(new PDFontSupplier(load(document, BOLD)), FAMILY, 700, FontStyle.NORMAL, true);
    }

    private static PDType0Font load(PDDocument document, byte[] file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
        document.registerTrueTypeFontForClosing(font);
        font.setEnableGsub(false);
        return PDType0Font.load(document, font, true);
    }

    private static byte[] file(String name) {
        try (InputStream in = InvoiceTypeface.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

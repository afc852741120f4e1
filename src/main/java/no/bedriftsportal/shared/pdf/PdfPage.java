package no.bedriftsportal.shared.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * One page of the table being drawn, top to bottom: the heading, the column headers, then rows
 * while there is room. It knows nothing of the rows to come; {@link PdfTable} asks
 * {@link #hasRoom} and starts the next page. The page number is stamped later, by
 * {@link #stampFooter}, once the number of pages is known.
 *
 * <p>Text is drawn with the font's glyphs (searchable, copyable), each cell cut to its column.
 */
final class PdfPage implements AutoCloseable {

    static final float ROW_HEIGHT = 12;
    static final float TOTALS_HEIGHT = 14;
    private static final float HEADER_ROW_HEIGHT = 15;
    private static final float TITLE_SIZE = 14;
    private static final float COMPANY_SIZE = 10;
    private static final float LINE_SIZE = 8.5f;
    private static final float COMPACT_SIZE = 8.5f;
    private static final float FOOTER_SIZE = 8;
    /** The space under the table kept for the page number. */
    private static final float FOOTER_HEIGHT = 16;
    /** How far under a row's top edge the text's baseline sits. */
    private static final float BASELINE = 8.7f;
    private static final float ZEBRA_GREY = 0.95f;
    private static final float HEADER_GREY = 0.88f;
    private static final float RULE_WIDTH = 0.5f;

    private final PdfLayout layout;
    private final PdfFont.Embedded regular;
    private final PdfFont.Embedded bold;
    private final List<PdfColumn> columns;
    private final PDPageContentStream content;
    private float y;
    private PDType0Font currentFont;
    private float currentSize;
    private int rows;

    private PdfPage(PDDocument document, PdfLayout layout, PdfFont.Embedded regular, PdfFont.Embedded bold,
            List<PdfColumn> columns) throws IOException {
        this.layout = layout;
        this.regular = regular;
        this.bold = bold;
        this.columns = columns;
        PDPage page = new PDPage(layout.page());
        document.addPage(page);
        this.content = new PDPageContentStream(document, page);
        this.y = layout.top();
    }

    /** A new page with the heading in full (the first page) or on one line, and the column headers. */
    static PdfPage start(PDDocument document, PdfLayout layout, PdfFont.Embedded regular, PdfFont.Embedded bold,
            List<PdfColumn> columns, PdfHeading heading, boolean first) {
        try {
            PdfPage page = new PdfPage(document, layout, regular, bold, columns);
            if (first) {
                page.fullHeading(heading);
            } else {
                page.compactHeading(heading);
            }
            page.headerRow();
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Title, company and each of the heading's lines. Lines past the upper half of the page are left
     * out, so that a heading given too many lines still leaves room for the table.
     */
    private void fullHeading(PdfHeading heading) throws IOException {
        line(bold, heading.title(), TITLE_SIZE, TITLE_SIZE * 1.3f);
        line(regular, heading.company(), COMPANY_SIZE, COMPANY_SIZE * 1.5f);
        float halfway = layout.page().getHeight() / 2;
        for (String text : heading.lines()) {
            if (y - LINE_SIZE * 1.4f < halfway) {
                break;
            }
            line(regular, text, LINE_SIZE, LINE_SIZE * 1.4f);
        }
        y -= 6;
    }

    /** {@code Title · Company} in small type, so a page on its own still says what it is. */
    private void compactHeading(PdfHeading heading) throws IOException {
        y -= COMPACT_SIZE * 1.3f;
        String title = bold.face().fit(bold.face().printable(heading.title()), layout.tableWidth() / 2, COMPACT_SIZE);
        text(bold, title, layout.left(), y, COMPACT_SIZE);
        float after = layout.left() + bold.face().width(title, COMPACT_SIZE);
        String company = "  ·  " + regular.face().printable(heading.company());
        text(regular, regular.face().fit(company, layout.right() - after, COMPACT_SIZE), after, y, COMPACT_SIZE);
        y -= 6;
    }

    private void line(PdfFont.Embedded font, String text, float size, float height) throws IOException {
        y -= height;
        text(font, font.face().fit(font.face().printable(text), layout.tableWidth(), size), layout.left(), y, size);
    }

    private void headerRow() throws IOException {
        fill(y - HEADER_ROW_HEIGHT, HEADER_ROW_HEIGHT, HEADER_GREY);
        String[] headers = new String[columns.size()];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = columns.get(i).header();
        }
        cells(bold, headers, y - HEADER_ROW_HEIGHT + (HEADER_ROW_HEIGHT - ROW_HEIGHT) / 2);
        y -= HEADER_ROW_HEIGHT;
        rule(y);
    }

    /** True when {@code height} points more fit above the footer. */
    boolean hasRoom(float height) {
        return y - height >= layout.bottom() + FOOTER_HEIGHT;
    }

    /** A row of cell texts; every other row on a light grey band, so the eye keeps to its row across the page. */
    void row(String[] texts) {
        try {
            if (rows++ % 2 == 1) {
                fill(y - ROW_HEIGHT, ROW_HEIGHT, ZEBRA_GREY);
            }
            y -= ROW_HEIGHT;
            cells(regular, texts, y);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A totals row: bold, under a rule. */
    void totals(String[] texts) {
        try {
            rule(y);
            y -= TOTALS_HEIGHT;
            cells(bold, texts, y + (TOTALS_HEIGHT - ROW_HEIGHT) / 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line of text across the table's width, such as the note that the table was cut. */
    void note(String text) {
        try {
            y -= ROW_HEIGHT;
            text(bold, bold.face().fit(bold.face().printable(text), layout.tableWidth(), PdfLayout.BODY_SIZE),
                    layout.left(), y + ROW_HEIGHT - BASELINE, PdfLayout.BODY_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell per column in a row whose bottom edge is {@code bottom}: cut to the column, figures to the right. */
    private void cells(PdfFont.Embedded font, String[] texts, float bottom) throws IOException {
        float baseline = bottom + ROW_HEIGHT - BASELINE;
        for (int i = 0; i < texts.length; i++) {
            String given = texts[i];
            if (given == null || given.isEmpty()) {
                continue;
            }
            float room = layout.columnWidth(i) - 2 * PdfLayout.CELL_PADDING;
            String shown = font.face().fit(font.face().printable(given), room, PdfLayout.BODY_SIZE);
            if (shown.isEmpty()) {
                continue;
            }
            float x = layout.columnLeft(i) + PdfLayout.CELL_PADDING;
            if (columns.get(i).kind().rightAligned()) {
                x += room - font.face().width(shown, PdfLayout.BODY_SIZE);
            }
            text(font, shown, x, baseline, PdfLayout.BODY_SIZE);
        }
    }

    private void text(PdfFont.Embedded font, String text, float x, float baseline, float size) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        if (font.font() != currentFont || size != currentSize) {
            content.setFont(font.font(), size);
            currentFont = font.font();
            currentSize = size;
        }
        content.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
        content.showText(text);
        content.endText();
    }

    private void fill(float bottom, float height, float grey) throws IOException {
        content.setNonStrokingColor(grey);
        content.addRect(layout.left(), bottom, layout.tableWidth(), height);
        content.fill();
        content.setNonStrokingColor(0f);
    }

    private void rule(float at) throws IOException {
        content.setLineWidth(RULE_WIDTH);
        content.moveTo(layout.left(), at);
        content.lineTo(layout.right(), at);
        content.stroke();
    }

    @Override
    public void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes "Side {@code number} av {@code count}" at the foot of a finished page, right-aligned. */
    static void stampFooter(PDDocument document, PDPage page, PdfLayout layout, PdfFont.Embedded font, int number, int count) {
        String text = "Side " + number + " av " + count;
        try (PDPageContentStream footer = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            footer.beginText();
            footer.setFont(font.font(), FOOTER_SIZE);
            footer.setTextMatrix(Matrix.getTranslateInstance(layout.right() - font.face().width(text, FOOTER_SIZE),
                    layout.bottom()));
            footer.showText(text);
            footer.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

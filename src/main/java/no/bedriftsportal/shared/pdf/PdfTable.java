package no.bedriftsportal.shared.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import no.bedriftsportal.shared.NorwegianFormat;

/**
 * A report as a plain PDF table on A4, drawn straight with PDFBox (no HTML layout, so 50 pages take
 * well under a second): the heading on the first page, the title and company on the ones after it,
 * the column headers on every page and "Side X av Y" at the foot of each.
 *
 * <p>Rows are drawn as they come and not kept, so a report is never held as a list of rows. The
 * pages are kept until {@link #close()}, because "av Y" is only known at the end; a table is
 * therefore cut after {@value #MAX_PAGES} pages, with a last line saying how many rows were left
 * out, so no report can fill the memory. Use one table per thread; tables on different threads
 * share nothing but the fonts' read-only metrics.
 */
public final class PdfTable implements AutoCloseable {

    public static final int MAX_PAGES = 500;

    /** Which way the A4 sheet is turned. */
    public enum Orientation { PORTRAIT, LANDSCAPE }

    private final OutputStream out;
    private final PdfHeading heading;
    private final List<PdfColumn> columns;
    private final int maxPages;
    private final PdfLayout layout;
    private final PDDocument document = new PDDocument();
    private final PdfFont.Embedded regular;
    private final PdfFont.Embedded bold;
    private PdfPage page;
    private int pages;
    private int rows;
    private int rowsLeftOut;
    private boolean closed;

    PdfTable(OutputStream out, PdfHeading heading, List<PdfColumn> columns, Orientation orientation, int maxPages) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        this.out = out;
        this.heading = heading;
        this.columns = List.copyOf(columns);
        this.maxPages = maxPages;
        this.layout = new PdfLayout(this.columns, orientation);
        this.regular = PdfFont.REGULAR.embed(document);
        this.bold = PdfFont.BOLD.embed(document);
        document.getDocumentInformation().setTitle(heading.title());
        document.getDocumentInformation().setCreator("Bedriftsportal");
        nextPage();
    }

    /**
     * Starts a table on {@code out}, on a landscape page when the columns need the width (more than
     * seven columns, or weights adding up to more characters than a portrait page holds, about 110);
     * closing the table writes the PDF and closes {@code out}.
     */
    public static PdfTable open(OutputStream out, PdfHeading heading, List<PdfColumn> columns) {
        return open(out, heading, columns, PdfLayout.orientationFor(columns));
    }

    /** Starts a table with the sheet turned as given. */
    public static PdfTable open(OutputStream out, PdfHeading heading, List<PdfColumn> columns, Orientation orientation) {
        return new PdfTable(out, heading, columns, orientation, MAX_PAGES);
    }

    /**
     * Draws a row, one value per column: {@code String} for text, {@code Number} (shown as the
     * column's kind says), {@code LocalDate}, {@code Instant} or {@code Duration}; {@code null} leaves
     * the cell empty.
     */
    public PdfTable row(Object... values) {
        requireOpen();
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("Expected " + columns.size() + " values, got " + values.length);
        }
        rows++;
        if (rowsLeftOut > 0 || !makeRoom(PdfPage.ROW_HEIGHT, PdfPage.TOTALS_HEIGHT + PdfPage.ROW_HEIGHT)) {
            rowsLeftOut++;
            return this;
        }
        String[] texts = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            texts[i] = PdfCells.text(values[i], columns.get(i).kind());
        }
        page.row(texts);
        return this;
    }

    /**
     * Draws a bold totals row under a rule: {@code label} in the first column and one value for each
     * column after it, {@code null} where a column has no total. The sums are the caller's, who knows
     * which columns add up and which figure (a count of distinct users, a share) does not.
     */
    public PdfTable totals(String label, Object... values) {
        requireOpen();
        if (values.length != columns.size() - 1) {
            throw new IllegalArgumentException("Expected " + (columns.size() - 1) + " totals after the label, got " + values.length);
        }
        if (!makeRoom(PdfPage.TOTALS_HEIGHT, PdfPage.ROW_HEIGHT)) {
            return this;
        }
        String[] texts = new String[columns.size()];
        texts[0] = label;
        for (int i = 1; i < texts.length; i++) {
            texts[i] = PdfCells.text(values[i - 1], columns.get(i).kind());
        }
        page.totals(texts);
        return this;
    }

    /**
     * Makes sure {@code height} points fit, on a new page if need be; false when they do not fit on
     * the last page allowed. There, {@code keptFree} points stay free under the table for what must
     * still come: a totals row and the note that the table was cut.
     */
    private boolean makeRoom(float height, float keptFree) {
        if (pages < maxPages) {
            if (!page.hasRoom(height)) {
                nextPage();
            }
            return true;
        }
        return page.hasRoom(height + keptFree);
    }

    private void nextPage() {
        if (page != null) {
            page.close();
        }
        page = PdfPage.start(document, layout, regular, bold, columns, heading, pages == 0);
        pages++;
    }

    /** The rows given so far, drawn or (past {@value #MAX_PAGES} pages) left out. */
    public int rows() {
        return rows;
    }

    public int pages() {
        return pages;
    }

    /** Writes the note if the table was cut and the page numbers, then the PDF to the stream, and closes it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (regular; bold; document; out) {
            if (rowsLeftOut > 0) {
                page.note("Tabellen er kuttet etter " + pages + " sider: " + NorwegianFormat.integer(rowsLeftOut)
                        + (rowsLeftOut == 1 ? " rad" : " rader") + " av " + NorwegianFormat.integer(rows) + " er ikke med.");
            }
            page.close();
            int number = 0;
            for (PDPage each : document.getPages()) {
                PdfPage.stampFooter(document, each, layout, regular, ++number, pages);
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The table is closed");
        }
    }
}

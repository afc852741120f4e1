package no.bedriftsportal.shared.pdf;

import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where things go on a page: the A4 sheet turned the way the columns need it, the margins, and each
 * column's left edge and width, shared out by weight across the whole width. Sizes are in points
 * (1/72 inch).
 */
final class PdfLayout {

    static final float MARGIN = 36;
    static final float BODY_SIZE = 8;
    static final float CELL_PADDING = 3;
    /** About the width of one character of the body text (Liberation Sans averages half an em). */
    private static final float CHARACTER_WIDTH = BODY_SIZE * 0.55f;
    /** More columns than this do not sit well side by side on a portrait page, whatever their widths. */
    private static final int PORTRAIT_COLUMNS = 7;

    private final PDRectangle page;
    private final float[] lefts;
    private final float[] widths;

    PdfLayout(List<PdfColumn> columns, PdfTable.Orientation orientation) {
        PDRectangle a4 = PDRectangle.A4;
        this.page = orientation == PdfTable.Orientation.LANDSCAPE ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4;
        float totalWeight = 0;
        for (PdfColumn column : columns) {
            totalWeight += column.weight();
        }
        lefts = new float[columns.size()];
        widths = new float[columns.size()];
        float left = MARGIN;
        for (int i = 0; i < columns.size(); i++) {
            lefts[i] = left;
            widths[i] = tableWidth() * columns.get(i).weight() / totalWeight;
            left += widths[i];
        }
    }

    /**
     * Landscape when the columns would be cramped on a portrait page: more than seven of them, or
     * their weights (about characters) wider than a portrait page holds.
     */
    static PdfTable.Orientation orientationFor(List<PdfColumn> columns) {
        float wanted = 0;
        for (PdfColumn column : columns) {
            wanted += column.weight() * CHARACTER_WIDTH + 2 * CELL_PADDING;
        }
        float portraitWidth = PDRectangle.A4.getWidth() - 2 * MARGIN;
        return columns.size() > PORTRAIT_COLUMNS || wanted > portraitWidth
                ? PdfTable.Orientation.LANDSCAPE : PdfTable.Orientation.PORTRAIT;
    }

    PDRectangle page() {
        return page;
    }

    float top() {
        return page.getHeight() - MARGIN;
    }

    float bottom() {
        return MARGIN;
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return page.getWidth() - MARGIN;
    }

    float tableWidth() {
        return page.getWidth() - 2 * MARGIN;
    }

    float columnLeft(int column) {
        return lefts[column];
    }

    float columnWidth(int column) {
        return widths[column];
    }
}

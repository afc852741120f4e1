package no.bedriftsportal.shared.pdf;

/**
 * A column of a PDF table: its header, how its cells are written and how wide it is.
 *
 * @param weight the column's width in about characters of the table's text; the columns share the
 *               page's width in proportion to their weights, and the sum of the weights decides
 *               whether the page is turned to landscape
 */
public record PdfColumn(String header, Kind kind, float weight) {

    public PdfColumn {
        if (header == null || kind == null) {
            throw new IllegalArgumentException("A column needs a header and a kind");
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("A column's weight must be above zero: " + weight);
        }
    }

    /** How a column's values are shown; figures are right-aligned so that their digits line up. */
    public enum Kind {
        /** Text, left-aligned; cut with "…" where it does not fit. */
        TEXT,
        /** A whole number with thousands grouping: {@code 12 345}. */
        INTEGER,
        /** Kroner with two decimals, {@code 12 345,67}; the header says "kr", the cells do not. */
        MONEY,
        /** A number with up to three decimals (e.g. MB): {@code 1 534,217}. */
        DECIMAL,
        /** A {@link java.time.Duration} (or whole seconds) as {@code h:mm:ss}, hours not wrapping at 24. */
        DURATION,
        /** A percentage given as a number (45 = 45 %), shown with its sign: {@code 45 %}. */
        PERCENT,
        /** A {@link java.time.LocalDate} as {@code dd.MM.yyyy}. */
        DATE,
        /** An {@link java.time.Instant} in Norwegian time as {@code dd.MM.yyyy HH:mm}. */
        DATE_TIME;

        boolean rightAligned() {
            return this != TEXT;
        }
    }

    public static PdfColumn text(String header, float weight) {
        return new PdfColumn(header, Kind.TEXT, weight);
    }

    public static PdfColumn integer(String header) {
        return new PdfColumn(header, Kind.INTEGER, 9);
    }

    public static PdfColumn money(String header) {
        return new PdfColumn(header, Kind.MONEY, 12);
    }

    public static PdfColumn decimal(String header) {
        return new PdfColumn(header, Kind.DECIMAL, 10);
    }

    public static PdfColumn duration(String header) {
        return new PdfColumn(header, Kind.DURATION, 9);
    }

    public static PdfColumn percent(String header) {
        return new PdfColumn(header, Kind.PERCENT, 7);
    }

    public static PdfColumn date(String header) {
        return new PdfColumn(header, Kind.DATE, 10);
    }

    public static PdfColumn dateTime(String header) {
        return new PdfColumn(header, Kind.DATE_TIME, 15);
    }
}

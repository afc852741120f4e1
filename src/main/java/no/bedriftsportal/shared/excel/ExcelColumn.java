package no.bedriftsportal.shared.excel;

/**
 * A column of an exported sheet: its header and how its cells are written.
 *
 * @param width in characters, as Excel counts them
 */
public record ExcelColumn(String header, Kind kind, int width) {

    /** How a column's values are stored and shown; numbers stay numbers so that the file can be summed and filtered. */
    public enum Kind {
        /** Text; a value that a spreadsheet would read as a formula is stored as quoted text. */
        TEXT,
        /** A whole number with thousands grouping; summed in the totals row. */
        INTEGER,
        /** A whole number that does not add up across rows (e.g. distinct users); not summed. */
        COUNT,
        /** Kroner with two decimals; summed in the totals row. */
        MONEY,
        /** A number with up to three decimals (e.g. MB); summed in the totals row. */
        DECIMAL,
        /**
         * A length of time given as a {@link java.time.Duration} (or whole seconds), stored as Excel's
         * time (a fraction of a day) and shown as {@code [h]:mm:ss}; summed in the totals row, exactly.
         */
        DURATION,
        /** A percentage given as a whole number (45 = 45 %); not summed. */
        PERCENT,
        /** A {@link java.time.LocalDate}, shown as dd.mm.yyyy. */
        DATE,
        /** An {@link java.time.Instant}, shown in Norwegian time as dd.mm.yyyy hh:mm. */
        DATE_TIME;

        boolean summed() {
            return this == INTEGER || this == MONEY || this == DECIMAL || this == DURATION;
        }
    }

    public static ExcelColumn text(String header, int width) {
        return new ExcelColumn(header, Kind.TEXT, width);
    }

    public static ExcelColumn integer(String header) {
        return new ExcelColumn(header, Kind.INTEGER, 12);
    }

    public static ExcelColumn count(String header) {
        return new ExcelColumn(header, Kind.COUNT, 10);
    }

    public static ExcelColumn money(String header) {
        return new ExcelColumn(header, Kind.MONEY, 14);
    }

    public static ExcelColumn decimal(String header) {
        return new ExcelColumn(header, Kind.DECIMAL, 12);
    }

    public static ExcelColumn duration(String header) {
        return new ExcelColumn(header, Kind.DURATION, 12);
    }

    public static ExcelColumn percent(String header) {
        return new ExcelColumn(header, Kind.PERCENT, 10);
    }

    public static ExcelColumn date(String header) {
        return new ExcelColumn(header, Kind.DATE, 12);
    }

    public static ExcelColumn dateTime(String header) {
        return new ExcelColumn(header, Kind.DATE_TIME, 17);
    }
}

package no.bedriftsportal.billing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns the invoice archive sorts on, each with its key in the URL ({@code sort=due}), the
 * SQL it orders by and the direction it starts in when chosen. Status sorts by what needs the
 * administrator first: overdue, new, paid, credited, credit notes.
 */
public enum InvoiceSort {
    ISSUED("issued", "issue_date", true),
    DUE("due", "due_date", true),
    NUMBER("number", "number", true),
    AMOUNT("amount", "signed_total", true),
    STATUS("status", "array_position(array['OVERDUE', 'NEW', 'PAID', 'CREDITED', 'CREDIT_NOTE'], status)", false);

    public static final InvoiceSort DEFAULT = ISSUED;

    private final String key;
    private final String column;
    private final boolean startsDescending;

    InvoiceSort(String key, String column, boolean startsDescending) {
        this.key = key;
        this.column = column;
        this.startsDescending = startsDescending;
    }

    public String key() {
        return key;
    }

    public boolean startsDescending() {
        return startsDescending;
    }

    /** The order-by clause, from this enum only (never from the request); the number breaks ties so pages never overlap. */
    String orderBy(boolean descending) {
        String direction = descending ? " desc" : " asc";
        return column + direction + " nulls last, number" + direction;
    }

    static Optional<InvoiceSort> ofKey(String key) {
        return Arrays.stream(values()).filter(sort -> sort.key.equals(key)).findFirst();
    }
}

package no.bedriftsportal.shared;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a module has that needs the administrator now, for the dashboard's "Krever handling" strip.
 * Each module that has such things registers one bean; the dashboard collects them all and shows
 * the items of the modules the signed-in user is granted. A later module (e.g. invoice control's
 * subscriptions without a profile) adds its item by adding a bean, without touching the dashboard.
 */
public interface NeedsAttention {

    /**
     * The portal module a user must be granted to see these items, by its name ({@code DASHBOARD},
     * {@code INVOICES} …; the dashboard compares it with the user's grants).
     */
    String module();

    /** The items within the scope, most urgent first; none when nothing needs doing. Every query is scoped. */
    List<Item> items(AccessScope scope);

    /**
     * One thing to do, read out as the message {@code messageKey} with the arguments {0} the amount
     * (formatted as money), {1} a count, {2} a number of days and {3} a reference (e.g. an invoice number).
     *
     * @param key    stable name of the item, for tests and styling (e.g. {@code overdue-invoice})
     * @param href   the place that resolves it
     * @param urgent shown as a warning (e.g. overdue), otherwise as information
     */
    record Item(String key, String messageKey, String href, BigDecimal amount, long count, long days, String reference,
            boolean urgent) {
    }
}

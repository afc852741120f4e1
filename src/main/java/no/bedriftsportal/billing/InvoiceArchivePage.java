package no.bedriftsportal.billing;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of the invoice archive: its invoices, the totals of everything the filter finds, and
 * the query (its page number kept within the pages there are).
 */
public record InvoiceArchivePage(InvoiceArchiveQuery query, List<InvoiceSummary> invoices, InvoiceArchiveTotals totals) {

    /** Page links on each side of the current page before the rest are left out. */
    static final int NEIGHBOURS = 2;

    public InvoiceArchivePage {
        invoices = List.copyOf(invoices);
    }

    public int pages() {
        return (int) Math.max(1, (totals.count() + query.size() - 1) / query.size());
    }

    public int page() {
        return query.page();
    }

    public boolean hasPrevious() {
        return page() > 1;
    }

    public boolean hasNext() {
        return page() < pages();
    }

    /** The 1-based position of the page's first invoice in the whole list. */
    public long firstRow() {
        return invoices.isEmpty() ? 0 : (long) (page() - 1) * query.size() + 1;
    }

    public long lastRow() {
        return invoices.isEmpty() ? 0 : firstRow() + invoices.size() - 1;
    }

    /**
     * The page numbers to link: the first, the last and those near the current page; a null
     * stands for the pages left out between them (shown as "…").
     */
    public List<Integer> pageLinks() {
        List<Integer> links = new ArrayList<>();
        for (int number = 1; number <= pages(); number++) {
            boolean shown = number == 1 || number == pages() || Math.abs(number - page()) <= NEIGHBOURS;
            if (shown) {
                links.add(number);
            } else if (links.get(links.size() - 1) != null) {
                links.add(null);
            }
        }
        return links;
    }
}

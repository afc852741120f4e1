package no.bedriftsportal.dashboard;

import java.util.List;

import no.bedriftsportal.billing.InvoiceSummary;

/**
 * D3: the latest invoices, newest first, and on the card's back side how to pay the newest.
 *
 * @param bankAccount the 11-digit account every invoice is paid into
 */
public record InvoicesCard(List<InvoiceSummary> latest, String bankAccount) {

    public InvoicesCard {
        latest = List.copyOf(latest);
    }

    /** The invoice the back side tells how to pay; null before the first invoice. */
    public InvoiceSummary newest() {
        return latest.isEmpty() ? null : latest.get(0);
    }
}

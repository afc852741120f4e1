package no.bedriftsportal.dashboard;

import java.util.List;

import no.bedriftsportal.billing.InvoiceSummary;

/**
 * D3: the invoices that need the reader first — overdue, then open by due date, then the newest
 * paid — and on the card's back side how to pay every open invoice.
 *
 * @param latest      what the front lists, in that order
 * @param open        every invoice not yet paid, overdue first: the back side's payment details
 * @param bankAccount the 11-digit account every invoice is paid into
 */
public record InvoicesCard(List<InvoiceSummary> latest, List<InvoiceSummary> open, String bankAccount) {

    public InvoicesCard {
        latest = List.copyOf(latest);
        open = List.copyOf(open);
    }

    public boolean empty() {
        return latest.isEmpty();
    }
}

package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NeedsAttention;
import no.bedriftsportal.shared.Oslo;

/**
 * "Krever handling" from billing: each overdue invoice (amount left and days past due, linked to the
 * invoice and how to pay it), and the total still to pay on open invoices (linked to the archive). For users granted the invoices module, within their customer numbers.
 */
@Component
class InvoicesNeedingAttention implements NeedsAttention {

    static final String MODULE = "INVOICES";

    private final Invoices invoices;
    private final Clock clock;

    InvoicesNeedingAttention(Invoices invoices, Clock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<Item> items(AccessScope scope) {
        LocalDate today = Oslo.today(clock);
        List<InvoiceSummary> open = invoices.open(scope);
        List<Item> items = new ArrayList<>();
        for (InvoiceSummary invoice : open) {
            if (invoice.status() == InvoiceStatus.OVERDUE) {
                items.add(new Item("overdue-invoice", "dashboard.attention.overdueInvoice", InvoiceRoutes.invoice(invoice.id()),
                        invoice.remaining(), 1, ChronoUnit.DAYS.between(invoice.dueDate(), today), String.valueOf(invoice.number()),
                        true));
            }
        }
        if (!open.isEmpty()) {
            BigDecimal total = open.stream().map(InvoiceSummary::remaining).reduce(BigDecimal.ZERO, BigDecimal::add);
            items.add(new Item("open-amount", "dashboard.attention.openAmount", InvoiceRoutes.LIST,
                    total, open.size(), 0, null, false));
        }
        return items;
    }
}

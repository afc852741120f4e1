package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

import no.bedriftsportal.billing.InvoiceStatus;
import no.bedriftsportal.billing.Invoices;
import no.bedriftsportal.shared.AccessScope;

/**
 * {@link AlertKind#INVOICE_OVERDUE}: an invoice not paid {@code days} days after its due date. Run once a day
 * ({@link AlertDailyJob}) over billing's open invoices, not over usage; the period is the invoice.
 */
@Component
class AlertOverdueCheck implements AlertCheck {

    private final Invoices invoices;

    AlertOverdueCheck(Invoices invoices) {
        this.invoices = invoices;
    }

    @Override
    public AlertKind kind() {
        return AlertKind.INVOICE_OVERDUE;
    }

    @Override
    public AlertTrigger trigger() {
        return AlertTrigger.DAILY;
    }

    @Override
    public List<AlertOccurrence> check(AlertRule rule, AlertCheckContext context) {
        int days = rule.days() == null ? 0 : rule.days();
        return invoices.open(AccessScope.wholeCompany(context.companyId())).stream()
                .filter(invoice -> invoice.status() == InvoiceStatus.OVERDUE && invoice.dueDate() != null
                        && !invoice.dueDate().plusDays(days).isAfter(context.today())
                        && invoice.remaining().compareTo(BigDecimal.ZERO) > 0)
                .map(invoice -> new AlertOccurrence(null, invoice.customerAccountId(), invoice.id(),
                        String.valueOf(invoice.number()), invoice.dueDate(), invoice.remaining(), BigDecimal.valueOf(days)))
                .toList();
    }
}

package no.bedriftsportal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.billing.InvoiceFilter;
import no.bedriftsportal.billing.InvoiceSummary;
import no.bedriftsportal.billing.Invoices;
import no.bedriftsportal.billing.RunInvoices;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

/**
 * Payment terms chosen under Innstillinger → Firma (S2, #17.5) give the next invoice its due date;
 * an invoice already issued keeps its own. Its own database: invoice runs span every company and go
 * in month order.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.database.embedded.data-dir=target/test-postgres-company-settings")
class PaymentTermsInvoiceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    RunInvoices runInvoices;

    @Autowired
    Invoices invoices;

    @Autowired
    TestClock clock;

    @Test
    void theNextInvoiceIsDueByTheNewTerms() {
        TestCompany company = mother.company("Salg");
        company.subscriber(0, "FRI_5");
        YearMonth lastMonth = YearMonth.from(Oslo.today(clock)).minusMonths(1);
        runInvoices.run(lastMonth.minusMonths(1));

        PortalHttpClient admin = new PortalHttpClient(port);
        admin.logIn(company.superUser(), outbox);
        admin.get("/settings/company");
        assertThat(admin.post("/settings/company/payment-terms", Map.of("paymentTermsDays", "25")).redirectsTo("/settings/company"))
                .isTrue();
        runInvoices.run(lastMonth);

        InvoiceSummary before = invoice(company, lastMonth.minusMonths(1));
        InvoiceSummary after = invoice(company, lastMonth);
        assertThat(before.dueDate()).as("issued before the change: the usual 14 days").isEqualTo(before.issueDate().plusDays(14));
        assertThat(after.dueDate()).as("the next invoice: 25 days").isEqualTo(after.issueDate().plusDays(25));
    }

    private InvoiceSummary invoice(TestCompany company, YearMonth month) {
        return invoices.list(AccessScope.wholeCompany(company.id()), InvoiceFilter.all()).stream()
                .filter(invoice -> invoice.periodEnd().equals(month.atEndOfMonth())).findFirst().orElseThrow();
    }
}

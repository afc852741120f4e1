package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;

/**
 * An invoice archive big enough to page, for the archive's tests: {@code @Import} it. A new company
 * with two customer numbers, Salg and "=Drift+1" (a name a spreadsheet would run as a formula),
 * each invoiced on the same day of each of the last {@value #MONTHS} months plus today, written
 * through the repository as the invoice run writes them:
 * <ul>
 * <li>every invoice due 14 days after its date, amounts that differ per month and customer number;</li>
 * <li>all paid but today's (new), Drift's of two months ago (overdue), Salg's of three months ago
 * (half paid, overdue) and Salg's of five months ago, credited by a credit note issued a day later.</li>
 * </ul>
 * Another company has invoices of its own that must never show.
 */
class ArchiveMother {

    static final int MONTHS = 29;

    private final CompanyMother companies;
    private final InvoiceRepository repository;
    private final Invoices invoices;
    private final Clock clock;

    ArchiveMother(CompanyMother companies, InvoiceRepository repository, Invoices invoices, Clock clock) {
        this.companies = companies;
        this.repository = repository;
        this.invoices = invoices;
        this.clock = clock;
    }

    Archive archive() {
        LocalDate today = Oslo.today(clock);
        TestCompany company = companies.companyWithPaymentTerms(14, "Salg", "=Drift+1");
        Msisdn superUser = company.superUser();
        Msisdn operationsUser = company.userWith(Set.of(PortalModule.INVOICES), 1);
        for (int months = MONTHS; months >= 0; months--) {
            for (int account = 0; account < 2; account++) {
                LocalDate issued = today.minusMonths(months);
                long id = invoice(company, account, issued, amount(months, account));
                boolean unpaid = months == 0 || (account == 1 && months == 2);
                if (account == 0 && months == 3) {
                    pay(company, id, half(id, company));
                } else if (account == 0 && months == 5) {
                    creditNote(company, id, issued.plusDays(1));
                } else if (!unpaid) {
                    pay(company, id, null);
                }
            }
        }
        TestCompany other = companies.companyWithPaymentTerms(14, "Lager");
        long othersInvoice = invoice(other, 0, today.minusMonths(1), new BigDecimal("999.00"));
        List<InvoiceSummary> all = invoices.list(AccessScope.wholeCompany(company.id()), InvoiceFilter.all());
        return new Archive(company, superUser, operationsUser, all,
                invoices.summary(AccessScope.wholeCompany(other.id()), othersInvoice).orElseThrow());
    }

    /** Excl. VAT: 1 000 kr plus 37.35 kr a month back plus 11.11 kr for Drift, so no two are alike. */
    private static BigDecimal amount(int months, int account) {
        return new BigDecimal("1000.00").add(new BigDecimal("37.35").multiply(BigDecimal.valueOf(months)))
                .add(new BigDecimal("11.11").multiply(BigDecimal.valueOf(account)));
    }

    private long invoice(TestCompany company, int account, LocalDate issued, BigDecimal amountExclVat) {
        BigDecimal vat = amountExclVat.multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.HALF_UP);
        long number = repository.takeNumbers(1);
        String customerNumber = company.account(account).number();
        return repository.insert(new InvoiceRepository.NewInvoice(company.id(), company.account(account).id(), DocumentType.INVOICE,
                number, null, null, issued, issued.plusDays(14), issued.withDayOfMonth(1).minusMonths(1),
                issued.withDayOfMonth(1).minusDays(1), Kid.forInvoice(customerNumber, number).value(), "Arkivtest",
                new InvoiceTotals(List.of(), amountExclVat, vat, amountExclVat.add(vat)), null));
    }

    private void creditNote(TestCompany company, long invoiceId, LocalDate issued) {
        InvoiceRepository.Row invoice = row(company, invoiceId);
        repository.insert(new InvoiceRepository.NewInvoice(company.id(), invoice.customerAccountId(), DocumentType.CREDIT_NOTE,
                repository.takeNumbers(1), null, invoiceId, issued, null, invoice.periodStart(), invoice.periodEnd(), null,
                "Arkivtest", new InvoiceTotals(List.of(), invoice.amountExclVat(), invoice.vat(), invoice.total()), "Feil pris"));
    }

    private BigDecimal half(long invoiceId, TestCompany company) {
        return row(company, invoiceId).total().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
    }

    private void pay(TestCompany company, long invoiceId, BigDecimal amount) {
        InvoiceRepository.Row invoice = row(company, invoiceId);
        repository.insertPayment(company.id(), invoiceId, amount == null ? invoice.total() : amount, invoice.dueDate().minusDays(2),
                "MANUAL", "archive-" + invoice.number());
    }

    private InvoiceRepository.Row row(TestCompany company, long invoiceId) {
        return repository.find(AccessScope.wholeCompany(company.id()), invoiceId).orElseThrow();
    }

    /**
     * What {@link #archive()} made.
     *
     * @param invoices every invoice and credit note of the company, newest first
     */
    record Archive(TestCompany company, Msisdn superUser, Msisdn operationsUser, List<InvoiceSummary> invoices,
            InvoiceSummary othersInvoice) {

        List<InvoiceSummary> of(long customerAccountId) {
            return new ArrayList<>(invoices.stream().filter(invoice -> invoice.customerAccountId() == customerAccountId).toList());
        }
    }
}

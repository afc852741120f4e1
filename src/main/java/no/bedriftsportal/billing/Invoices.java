package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

/**
 * The billing module's read API (F1, F2, D3): a company's invoices within what the user may see,
 * one invoice with its lines, and its PDF and EHF. A document is rendered the first time it is
 * asked for and kept, so the customer always gets the same bytes.
 */
@Service
@EnableConfigurationProperties(BillingProperties.class)
public class Invoices {

    private final InvoiceRepository repository;
    private final InvoiceArchiveRepository archive;
    private final Companies companies;
    private final BillingProperties properties;
    private final Clock clock;

    Invoices(InvoiceRepository repository, InvoiceArchiveRepository archive, Companies companies, BillingProperties properties,
            Clock clock) {
        this.repository = repository;
        this.archive = archive;
        this.companies = companies;
        this.properties = properties;
        this.clock = clock;
    }

    /** The invoices and credit notes of the archive (36 months), newest first. */
    public List<InvoiceSummary> list(AccessScope scope, InvoiceFilter filter) {
        LocalDate today = Oslo.today(clock);
        return repository.list(scope, issuedFrom(filter, today), issuedTo(filter, today)).stream()
                .filter(row -> filter.customerAccountId() == null || row.customerAccountId() == filter.customerAccountId())
                .map(row -> row.summary(today))
                .filter(summary -> filter.status() == null || summary.status() == filter.status())
                .toList();
    }

    /**
     * One page of the archive as the query asks (filter, search, sort, page), paged by the database,
     * with the totals of everything the filter finds; a page past the last shows the last.
     */
    public InvoiceArchivePage archive(AccessScope scope, InvoiceArchiveQuery query) {
        InvoiceArchiveRepository.Criteria criteria = criteria(query);
        InvoiceArchiveTotals totals = archive.totals(scope, criteria);
        int pages = (int) Math.max(1, (totals.count() + query.size() - 1) / query.size());
        InvoiceArchiveQuery shown = query.page() > pages ? query.onPage(pages) : query;
        List<InvoiceSummary> invoices = archive.page(scope, criteria, shown.sort(), shown.descending(), shown.size(),
                (long) (shown.page() - 1) * shown.size()).stream().map(row -> row.summary(criteria.today())).toList();
        return new InvoiceArchivePage(shown, invoices, totals);
    }

    /** Every invoice and credit note the query's filter finds (all pages), in its order, with their totals: for an export. */
    public InvoiceArchivePage archiveAll(AccessScope scope, InvoiceArchiveQuery query) {
        InvoiceArchiveRepository.Criteria criteria = criteria(query);
        List<InvoiceSummary> invoices = archive.all(scope, criteria, query.sort(), query.descending()).stream()
                .map(row -> row.summary(criteria.today())).toList();
        return new InvoiceArchivePage(query.onPage(1), invoices, archive.totals(scope, criteria));
    }

    private InvoiceArchiveRepository.Criteria criteria(InvoiceArchiveQuery query) {
        LocalDate today = Oslo.today(clock);
        InvoiceFilter filter = query.filter();
        return new InvoiceArchiveRepository.Criteria(issuedFrom(filter, today), issuedTo(filter, today),
                filter.customerAccountId(), filter.status(), null, query.search(), today);
    }

    /**
     * Up to {@code limit} documents of the archive after {@code after} (null: from the newest), newest
     * first, as the archive selects and judges them: the company API's keyset page. The days are
     * kept within the archive's months as the archive's filter keeps them.
     */
    public List<InvoiceSummary> archiveAfter(AccessScope scope, InvoiceSelection selection, InvoiceSelection.Key after, int limit) {
        LocalDate today = Oslo.today(clock);
        LocalDate oldest = issuedFrom(InvoiceFilter.all(), today);
        LocalDate from = selection.issuedFrom() == null || selection.issuedFrom().isBefore(oldest) ? oldest : selection.issuedFrom();
        LocalDate to = selection.issuedTo() == null ? issuedTo(InvoiceFilter.all(), today) : selection.issuedTo();
        InvoiceArchiveRepository.Criteria criteria = new InvoiceArchiveRepository.Criteria(from, to, selection.customerAccountId(),
                selection.status(), selection.number(), null, today);
        return archive.after(scope, criteria, after == null ? null : after.issueDate(), after == null ? null : after.number(), limit)
                .stream().map(row -> row.summary(today)).toList();
    }

    /** The first day of the filter's first month, no further back than the archive reaches. */
    private static LocalDate issuedFrom(InvoiceFilter filter, LocalDate today) {
        YearMonth oldest = YearMonth.from(today).minusMonths(InvoiceFilter.ARCHIVE_MONTHS);
        return (filter.issuedFrom() == null || filter.issuedFrom().isBefore(oldest) ? oldest : filter.issuedFrom()).atDay(1);
    }

    private static LocalDate issuedTo(InvoiceFilter filter, LocalDate today) {
        return (filter.issuedTo() == null ? YearMonth.from(today).plusMonths(1) : filter.issuedTo()).atEndOfMonth();
    }

    /**
     * The invoices for the dashboard's card, in the order they need the reader: overdue first, then
     * the open ones by due date, then the newest settled — {@code count} of them, but never leaving
     * out an overdue one.
     */
    public List<InvoiceSummary> latest(AccessScope scope, int count) {
        List<InvoiceSummary> invoices = invoicesOnly(scope);
        List<InvoiceSummary> open = open(invoices);
        long overdue = open.stream().filter(invoice -> invoice.status() == InvoiceStatus.OVERDUE).count();
        Stream<InvoiceSummary> settled = invoices.stream().filter(invoice -> !isOpen(invoice));
        return Stream.concat(open.stream(), settled).limit(Math.max(count, overdue)).toList();
    }

    /** Every invoice not yet paid (overdue or new), overdue first, each group by due date: what is left to pay. */
    public List<InvoiceSummary> open(AccessScope scope) {
        return open(invoicesOnly(scope));
    }

    /** The invoices of the archive (no credit notes), newest first. */
    private List<InvoiceSummary> invoicesOnly(AccessScope scope) {
        return list(scope, InvoiceFilter.all()).stream().filter(summary -> summary.type() == DocumentType.INVOICE).toList();
    }

    private static List<InvoiceSummary> open(List<InvoiceSummary> invoices) {
        return invoices.stream().filter(Invoices::isOpen)
                .sorted(Comparator.comparing((InvoiceSummary invoice) -> invoice.status() != InvoiceStatus.OVERDUE)
                        .thenComparing(InvoiceSummary::dueDate).thenComparing(InvoiceSummary::number))
                .toList();
    }

    private static boolean isOpen(InvoiceSummary summary) {
        return summary.status() == InvoiceStatus.OVERDUE || summary.status() == InvoiceStatus.NEW;
    }

    public Optional<InvoiceSummary> summary(AccessScope scope, long invoiceId) {
        return repository.find(scope, invoiceId).map(row -> row.summary(Oslo.today(clock)));
    }

    public Optional<InvoiceDetail> detail(AccessScope scope, long invoiceId) {
        return repository.find(scope, invoiceId).map(this::detail);
    }

    public Optional<byte[]> pdf(AccessScope scope, long invoiceId) {
        return repository.find(scope, invoiceId).map(row -> document(row, "PDF"));
    }

    public Optional<byte[]> ehf(AccessScope scope, long invoiceId) {
        return repository.find(scope, invoiceId).map(row -> document(row, "EHF"));
    }

    /** The account (11 digits) customers pay every invoice into, with the invoice's KID. */
    public String bankAccount() {
        return properties.bankAccount();
    }

    /** The operator's view: any company's invoice by its number. */
    Optional<InvoiceRepository.Row> byNumber(long number) {
        return repository.findByNumber(number);
    }

    byte[] document(InvoiceRepository.Row row, String format) {
        return repository.document(row.companyId(), row.id(), format).orElseGet(() -> {
            InvoiceDocument document = toDocument(row);
            byte[] content = "PDF".equals(format) ? InvoicePdf.render(document) : EhfDocument.write(document);
            repository.storeDocument(row.companyId(), row.id(), format, content);
            return content;
        });
    }

    InvoiceDetail detail(InvoiceRepository.Row row) {
        List<InvoiceLine> lines = repository.lines(row.companyId(), row.id());
        Map<String, List<InvoiceLine>> bySubscription = new LinkedHashMap<>();
        List<InvoiceLine> companyLines = new ArrayList<>();
        for (InvoiceLine line : lines) {
            if (line.isCompanyLevel()) {
                companyLines.add(line);
            } else {
                bySubscription.computeIfAbsent(line.msisdn(), msisdn -> new ArrayList<>()).add(line);
            }
        }
        List<InvoiceDetail.SubscriptionLines> subscriptions = bySubscription.entrySet().stream()
                .map(entry -> new InvoiceDetail.SubscriptionLines(entry.getKey(), entry.getValue().get(0).userName(),
                        entry.getValue(), entry.getValue().stream().map(InvoiceLine::amountExclVat)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
        return new InvoiceDetail(row.summary(Oslo.today(clock)), properties.sellerParty(), buyer(row.companyId()),
                properties.bankAccount(), repository.buyerReference(row.companyId(), row.id()), subscriptions, companyLines,
                InvoiceTotals.of(lines), repository.payments(row.companyId(), row.id()));
    }

    private InvoiceDocument toDocument(InvoiceRepository.Row row) {
        List<InvoiceLine> lines = repository.lines(row.companyId(), row.id());
        String kid = row.kid() != null ? row.kid() // a credit note refers to the KID of the invoice it credits
                : repository.findByNumber(row.creditedNumber()).map(InvoiceRepository.Row::kid).orElseThrow();
        return new InvoiceDocument(row.type(), row.number(), row.creditedNumber(), row.issueDate(),
                row.dueDate() == null ? row.issueDate() : row.dueDate(), row.periodStart(), row.periodEnd(), row.customerNumber(),
                kid, properties.bankAccount(), properties.sellerParty(), buyer(row.companyId()),
                repository.buyerReference(row.companyId(), row.id()), lines);
    }

    private Party buyer(long companyId) {
        Company company = companies.get(companyId);
        return new Party(company.name(), company.orgNumber().value(),
                company.addressLine() == null ? "Ukjent adresse" : company.addressLine(),
                company.postalCode() == null ? "0000" : company.postalCode(), company.city() == null ? "Ukjent" : company.city(),
                "NO", company.invoiceEmail());
    }
}

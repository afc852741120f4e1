package no.bedriftsportal.billing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.catalog.ExtraPackage;
import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.BillableRegion;
import no.bedriftsportal.usage.UsageCharges;

/**
 * The monthly invoice run (B1): one invoice per customer number that has something to bill,
 * dated the 1st of the next month and due the company's payment terms later, numbered from the
 * gapless series, with a MOD10 KID. A month is run once: running it again changes nothing. It bills
 * the usage rated and the extra packages bought up to now for the month and earlier, less what
 * the run before it billed, so usage rated after its month was invoiced goes on the next invoice.
 * Fees follow the same rule by day ({@link FeeDays}, {@link FeeLedger}): every active day since the
 * first month invoiced is billed once, days billed that are no longer due are credited, and a
 * customer number whose credits exceed what it is billed gets a credit note instead of an invoice.
 */
@Component
public class RunInvoices {

    private static final Logger log = LoggerFactory.getLogger(RunInvoices.class);
    private static final long BILLING_LOCK = 0x4249_4c4c_494eL;
    private static final String CREDITED_FEES_NOTE = "Kreditering av månedsavgifter fakturert før, for dager abonnementet "
            + "ikke lenger var aktivt eller hadde en annen prisplan";

    private final JdbcClient jdbc;
    private final InvoiceRepository invoices;
    private final Companies companies;
    private final Subscriptions subscriptions;
    private final Catalog catalog;
    private final UsageCharges usageCharges;
    private final FeeLedger feeLedger;
    private final ReconcileFees reconcileFees;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RunInvoices(JdbcClient jdbc, InvoiceRepository invoices, Companies companies, Subscriptions subscriptions, Catalog catalog,
            UsageCharges usageCharges, FeeLedger feeLedger, ReconcileFees reconcileFees, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.invoices = invoices;
        this.feeLedger = feeLedger;
        this.reconcileFees = reconcileFees;
        this.companies = companies;
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.usageCharges = usageCharges;
        this.clock = clock;
    }

    @Transactional
    public InvoiceRunSummary run(YearMonth month) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", BILLING_LOCK).query((rs, n) -> n).list();
        Optional<InvoiceRunSummary> done = find(month);
        if (done.isPresent()) {
            return done.get();
        }
        if (!month.isBefore(YearMonth.from(Oslo.today(clock)))) {
            throw new InvalidInputException("month", "invoiceRun.month.notEnded", "month " + month + " has not ended yet");
        }
        BillableRegion before = previousRegion(month);
        if (before.month().isAfter(month)) {
            throw new ConflictException("month", "invoiceRun.month.laterRun",
                    "a later month (" + before.month() + ") has been invoiced; months are invoiced in order");
        }
        long started = System.nanoTime();
        BillableRegion region = usageCharges.regionNow(month);
        long runId = jdbc.sql("""
                insert into invoice_run (month, cdr_file_watermark, purchase_watermark, started_at, invoices, total)
                values (:month, :files, :purchases, :at, 0, 0) returning invoice_run_id""")
                .param("month", month.atDay(1)).param("files", region.fileWatermark())
                .param("purchases", region.purchaseWatermark()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        Map<String, PricePlan> plans = catalog.plans().stream().collect(Collectors.toMap(PricePlan::code, Function.identity()));
        ComposeInvoice compose = new ComposeInvoice(plans,
                catalog.extraPackages().stream().collect(Collectors.toMap(ExtraPackage::code, ExtraPackage::name)),
                catalog.zoneNames());
        Run run = new Run(runId, month, feeLedger.firstInvoicedMonth().orElse(month), region, before, compose,
                new FeeDays(plans), new ArrayList<>());
        int count = 0;
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (Company company : companies.list()) {
            Map<Long, String> employeeNames = companies.employees(company.id()).stream()
                    .collect(Collectors.toMap(Employee::id, Employee::name));
            for (CustomerAccount account : companies.customerAccounts(AccessScope.wholeCompany(company.id()))) {
                Optional<InvoiceTotals> issued = invoiceAccount(run, company, account, employeeNames);
                if (issued.isPresent()) {
                    count++;
                    total = total.add(issued.get().amountInclVat());
                }
            }
        }
        feeLedger.append(run.feeLines());
        jdbc.sql("update invoice_run set invoices = :count, total = :total where invoice_run_id = :id")
                .param("count", count).param("total", total).param("id", runId).update();
        log.info("Invoice run {}: {} invoices, {} NOK incl. VAT, in {} ms", month, count, total,
                (System.nanoTime() - started) / 1_000_000);
        events.publishEvent(new InvoiceRunCompleted(month)); // cost sharing computes the month's results after the commit
        return new InvoiceRunSummary(runId, month, count, total, false);
    }

    private Optional<InvoiceTotals> invoiceAccount(Run run, Company company, CustomerAccount account,
            Map<Long, String> employeeNames) {
        List<Subscription> lines = subscriptions.list(new AccessScope(company.id(), java.util.Set.of(account.id())));
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<Long> ids = lines.stream().map(Subscription::id).toList();
        Map<Long, String> userNames = new HashMap<>();
        lines.stream().filter(line -> line.employeeId() != null && employeeNames.containsKey(line.employeeId()))
                .forEach(line -> userNames.put(line.id(), employeeNames.get(line.employeeId())));
        Map<Long, List<FeeCharge>> fees = reconcileFees.reconcile(company.id(), lines,
                subscriptions.histories(company.id(), ids), run.feeDays(), run.since(), run.month());
        ComposeInvoice.Draft draft = run.compose().compose(lines, userNames, fees,
                usageCharges.usage(company.id(), ids, run.region(), run.before()),
                usageCharges.extraPackages(company.id(), ids, run.region(), run.before()));
        if (draft.lines().isEmpty()) {
            return Optional.empty();
        }
        InvoiceTotals totals = InvoiceTotals.of(draft.lines());
        // credits larger than what is billed: a credit note for the difference, not an invoice to pay a negative sum
        boolean creditNote = totals.amountInclVat().signum() < 0;
        List<InvoiceLine> documentLines = creditNote ? draft.lines().stream().map(InvoiceLine::negated).toList() : draft.lines();
        long number = invoices.takeNumbers(1);
        YearMonth month = run.month();
        LocalDate issued = month.plusMonths(1).atDay(1);
        LocalDate periodStart = documentLines.stream().map(InvoiceLine::periodStart).min(LocalDate::compareTo)
                .filter(start -> start.isBefore(month.atDay(1))).orElse(month.atDay(1));
        long invoiceId = invoices.insert(creditNote
                ? new InvoiceRepository.NewInvoice(company.id(), account.id(), DocumentType.CREDIT_NOTE, number, run.id(),
                        creditedInvoice(company, account, draft), issued, null, periodStart, month.atEndOfMonth(), null,
                        account.number(), InvoiceTotals.of(documentLines), CREDITED_FEES_NOTE)
                : new InvoiceRepository.NewInvoice(company.id(), account.id(), DocumentType.INVOICE, number, run.id(), null,
                        issued, issued.plusDays(company.paymentTermsDays()), periodStart, month.atEndOfMonth(),
                        Kid.forInvoice(account.number(), number).value(), account.number(), totals, null));
        invoices.insertLines(company.id(), invoiceId, documentLines,
                lines.stream().collect(Collectors.toMap(line -> line.msisdn().value(), Subscription::id, (a, b) -> b)));
        draft.fees().forEach(fee -> run.feeLines().add(new FeeLedger.Line(company.id(), invoiceId, fee)));
        return Optional.of(totals);
    }

    /** The invoice a run's credit note corrects: the latest whose fees it credits. */
    private long creditedInvoice(Company company, CustomerAccount account, ComposeInvoice.Draft draft) {
        List<Long> numbers = draft.fees().stream().flatMap(written -> written.fee().billedOn().stream()).distinct().toList();
        return invoices.latestInvoice(company.id(), account.id(), numbers).orElseThrow(
                () -> new IllegalStateException("a credit of customer number " + account.number() + " with no invoice before it"));
    }

    /**
     * What one run works with, the same for every customer number.
     *
     * @param since    the first month ever invoiced
     * @param feeLines the fee lines of the run's invoices, for the ledger, written with one COPY at its end
     */
    private record Run(long id, YearMonth month, YearMonth since, BillableRegion region, BillableRegion before,
            ComposeInvoice compose, FeeDays feeDays, List<FeeLedger.Line> feeLines) {
    }

    /**
     * The months that had ended by {@code day} and were not invoiced, in order (before any run, only
     * the month before): what the daily job invoices on the 1st, and later if the 1st was missed.
     */
    public List<YearMonth> endedMonthsNotRun(LocalDate day) {
        YearMonth lastMonth = YearMonth.from(day).minusMonths(1);
        YearMonth latestRun = previousRegion(lastMonth).month();
        YearMonth first = latestRun.equals(BillableRegion.NOTHING.month()) ? lastMonth : latestRun.plusMonths(1);
        return first.isAfter(lastMonth) ? List.of()
                : java.util.stream.Stream.iterate(first, month -> !month.isAfter(lastMonth), month -> month.plusMonths(1)).toList();
    }

    /** The runs so far, the latest first. */
    public List<InvoiceRunSummary> runs() {
        return jdbc.sql("select invoice_run_id, month, invoices, total from invoice_run order by month desc")
                .query((rs, n) -> new InvoiceRunSummary(rs.getLong("invoice_run_id"),
                        YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getInt("invoices"), rs.getBigDecimal("total"),
                        true))
                .list();
    }

    private Optional<InvoiceRunSummary> find(YearMonth month) {
        return runs().stream().filter(run -> run.month().equals(month)).findFirst();
    }

    /** The region the latest run billed, or nothing before the first run. */
    private BillableRegion previousRegion(YearMonth month) {
        return jdbc.sql("""
                select month, cdr_file_watermark, purchase_watermark from invoice_run order by month desc limit 1""")
                .query((rs, n) -> new BillableRegion(YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getLong("cdr_file_watermark"), rs.getLong("purchase_watermark")))
                .optional().orElse(BillableRegion.NOTHING);
    }
}

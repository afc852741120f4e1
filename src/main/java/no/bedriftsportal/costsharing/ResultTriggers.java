package no.bedriftsportal.costsharing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import no.bedriftsportal.billing.InvoiceRunCompleted;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.shared.DailyJob;

/**
 * When the monthly results are computed (issue #14.5): (a) after each invoice run, the month's
 * preliminary results of every company; (b) every day at 04:15 ({@code costsharing-results}) any
 * invoiced month still without results, and final results from the day after the content
 * deadline; (c) after a classification, the employee's month again (or, when it is final, the
 * next open month's corrections). Every computation is a transaction of its own
 * ({@link MonthlyResults}).
 */
@Component
class ResultTriggers implements DailyJob {

    private static final Logger log = LoggerFactory.getLogger(ResultTriggers.class);
    private static final LocalTime RUNS_AT = LocalTime.of(4, 15);
    /** Invoiced months older than this are not looked at by the daily job. */
    private static final int MONTHS_KEPT_OPEN = 14;

    private final MonthlyResults results;
    private final ResultStore store;
    private final Companies companies;

    ResultTriggers(MonthlyResults results, ResultStore store, Companies companies) {
        this.results = results;
        this.store = store;
        this.companies = companies;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void invoiceRunCompleted(InvoiceRunCompleted run) {
        for (Company company : companies.list()) {
            try {
                results.computePreliminary(company.id(), run.month());
            } catch (RuntimeException e) {
                // the daily job computes what is missing
                log.error("Cost sharing results of {} for company {} failed after the invoice run", run.month(), company.id(), e);
            }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void contentClassified(ContentClassified classified) {
        long companyId = classified.companyId();
        YearMonth month = classified.month();
        if (!store.invoiceRunExists(month)) {
            return; // its results come after the invoice run
        }
        TreeSet<YearMonth> finals = store.finalMonths(companyId);
        List<Long> employee = List.of(classified.employeeId());
        YearMonth from = finals.contains(month) ? MonthlyResults.firstOpenAfter(finals, month) : month;
        // the month itself (or the first open one after it) and every later open month: Y counts the purchase there
        for (YearMonth open : store.invoicedMonths()) {
            if (!open.isBefore(from) && !finals.contains(open)) {
                results.computePreliminary(companyId, open, employee);
            }
        }
    }

    @Override
    public String name() {
        return "costsharing-results";
    }

    @Override
    public LocalTime runsAt() {
        return RUNS_AT;
    }

    @Override
    public void run(LocalDate day) {
        List<YearMonth> invoiced = store.invoicedMonths().stream()
                .filter(month -> !month.isBefore(YearMonth.from(day).minusMonths(MONTHS_KEPT_OPEN))).toList();
        if (invoiced.isEmpty()) {
            return;
        }
        for (Company company : companies.list()) {
            Set<YearMonth> finals = store.finalMonths(company.id());
            Set<YearMonth> withResults = store.months(company.id());
            for (YearMonth month : invoiced) {
                if (finals.contains(month)) {
                    continue;
                }
                if (!day.isBefore(results.finalOn(company.id(), month))) {
                    results.makeFinal(company.id(), month);
                } else if (!withResults.contains(month)) {
                    results.computePreliminary(company.id(), month);
                }
            }
        }
    }
}

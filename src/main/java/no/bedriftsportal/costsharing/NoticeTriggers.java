package no.bedriftsportal.costsharing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import no.bedriftsportal.billing.InvoiceRunCompleted;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.shared.DailyJob;
import no.bedriftsportal.shared.Oslo;

/**
 * When content notices go out (IC6: after each invoice, by the 10th): right after a month's invoice
 * run when it ends in the daytime, else at nine the next morning — nobody gets an SMS at half past
 * two at night. The daily job also sends what a failed or night-time run left unsent, for last
 * month, until its deadline; a notice goes once per employee and month whatever calls it.
 */
@Component
class NoticeTriggers implements DailyJob {

    private static final Logger log = LoggerFactory.getLogger(NoticeTriggers.class);
    static final LocalTime DAY_STARTS = LocalTime.of(9, 0);
    static final LocalTime DAY_ENDS = LocalTime.of(21, 0);

    private final ContentNotices notices;
    private final ResultStore store;
    private final Companies companies;
    private final Clock clock;

    NoticeTriggers(ContentNotices notices, ResultStore store, Companies companies, Clock clock) {
        this.notices = notices;
        this.store = store;
        this.companies = companies;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void invoiceRunCompleted(InvoiceRunCompleted run) {
        LocalTime now = clock.instant().atZone(Oslo.ZONE).toLocalTime();
        if (now.isBefore(DAY_STARTS) || !now.isBefore(DAY_ENDS)) {
            return; // the daily job sends them in the morning
        }
        sendAll(run.month());
    }

    @Override
    public String name() {
        return "content-notices";
    }

    @Override
    public LocalTime runsAt() {
        return DAY_STARTS;
    }

    @Override
    public void run(LocalDate day) {
        YearMonth month = YearMonth.from(day).minusMonths(1);
        if (store.invoiceRunExists(month)) {
            sendAll(month);
        }
    }

    private void sendAll(YearMonth month) {
        for (Company company : companies.list()) {
            try {
                int told = notices.sendNotices(company.id(), month);
                if (told > 0) {
                    log.info("Content notices of {} sent to {} employees of company {}", month, told, company.id());
                }
            } catch (RuntimeException e) {
                log.error("Content notices of {} for company {} failed; the daily job tries again", month, company.id(), e);
            }
        }
    }
}

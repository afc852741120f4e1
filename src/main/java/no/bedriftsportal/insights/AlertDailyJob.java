package no.bedriftsportal.insights;

import java.time.LocalDate;
import java.time.LocalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.shared.DailyJob;

/**
 * The alert checks that look at a day rather than at usage (X2: an invoice overdue), once a day at eight for every
 * company, by the application clock ({@code shared.DailyJobs}); an alert fires once per invoice however often it runs.
 */
@Component
class AlertDailyJob implements DailyJob {

    private static final Logger log = LoggerFactory.getLogger(AlertDailyJob.class);

    private final AlertEvaluator evaluator;
    private final Companies companies;

    AlertDailyJob(AlertEvaluator evaluator, Companies companies) {
        this.evaluator = evaluator;
        this.companies = companies;
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public LocalTime runsAt() {
        return LocalTime.of(8, 0);
    }

    @Override
    public void run(LocalDate day) {
        for (Company company : companies.list()) {
            try {
                evaluator.evaluate(AlertCheckContext.daily(company.id(), day), AlertCheck.AlertTrigger.DAILY);
            } catch (RuntimeException e) {
                log.error("Daily alerts of company {} failed; tomorrow's run tries again", company.id(), e);
            }
        }
    }
}

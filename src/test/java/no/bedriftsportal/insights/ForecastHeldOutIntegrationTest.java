package no.bedriftsportal.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

/**
 * The forecast (X3, #18.3) against held-out months of the demo company: for each of the nine months before this one,
 * the forecast as it would have been made on its 10th and its 20th day — from the rollups up to that day only — is
 * compared with the month's actual total, per department and for the company. Prints the mean absolute percentage
 * error (MAPE), that of the naive run rate (so far × days / days gone) beside it, and how often the interval held the
 * actual total; asserts bounds on them.
 *
 * <p>Shares the demo database of 13 months (60 employees) with {@code DemoInvoiceControlIntegrationTest} (the same
 * configuration, so one context). Run alone: {@code mvn -B -o test -Dtest=ForecastHeldOutIntegrationTest
 * -DskipClockMatrix}; the figures are the lines starting {@code Budget forecast, held-out}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(PortalIntegrationTest.Fixtures.class)
@TestPropertySource(properties = {"portal.database.embedded.data-dir=target/test-postgres-demo-invoice-control",
        "portal.demo.usage-months=13", "portal.demo.employees=60",
        "portal.demo.usage-dir=target/test-demo-usage/invoice-control-${random.uuid}", "spring.mail.port=0"})
class ForecastHeldOutIntegrationTest {

    static final int HELD_OUT_MONTHS = 9;

    @Autowired
    Budgets budgets;
    @Autowired
    Companies companies;
    @Autowired
    Clock clock;

    @Test
    void theForecastOnTheTenthAndTwentiethDayIsCloseToTheMonthsTotal() {
        long demo = companies.list().get(0).id();
        AccessScope scope = AccessScope.wholeCompany(demo);
        YearMonth thisMonth = YearMonth.from(Oslo.today(clock));
        Errors tenth = new Errors();
        Errors twentieth = new Errors();
        for (int back = 1; back <= HELD_OUT_MONTHS; back++) {
            YearMonth month = thisMonth.minusMonths(back);
            List<BudgetLine> actual = budgets.lines(scope, month, month.plusMonths(1).atDay(1), month.atEndOfMonth());
            measure(scope, month, 10, actual, tenth);
            measure(scope, month, 20, actual, twentieth);
        }
        String report10 = tenth.report("day 10");
        String report20 = twentieth.report("day 20");
        System.out.println(report10);
        System.out.println(report20);
        assertThat(tenth.departments.size()).as("department-months measured").isGreaterThanOrEqualTo(HELD_OUT_MONTHS * 3);
        // bounds with room for the clock matrix's other months: measured with the default test clock (20.11.2026)
        // 17.5 / 10.0 % on day 10 and 7.2 / 4.4 % on day 20; with New Year's (1.1.2027) 18.3 / 14.1 % and 9.0 / 7.3 %
        assertThat(tenth.mape(tenth.departments)).as(report10).isLessThan(25.0);
        assertThat(twentieth.mape(twentieth.departments)).as(report20).isLessThan(12.0);
        assertThat(tenth.mape(tenth.company)).as(report10).isLessThan(20.0);
        assertThat(twentieth.mape(twentieth.company)).as(report20).isLessThan(10.0);
        assertThat(twentieth.mape(twentieth.departments)).as("later is closer").isLessThan(tenth.mape(tenth.departments));
        assertThat(tenth.mape(tenth.departments)).as("no worse than the run rate: " + report10)
                .isLessThanOrEqualTo(tenth.mape(tenth.naive) * 1.1);
        assertThat(tenth.coverage()).as("the interval holds most months: " + report10).isGreaterThan(0.6);
        assertThat(twentieth.coverage()).as("the interval holds most months: " + report20).isGreaterThan(0.6);
    }

    private void measure(AccessScope scope, YearMonth month, int day, List<BudgetLine> actual, Errors errors) {
        LocalDate known = month.atDay(day);
        List<BudgetLine> forecast = budgets.lines(scope, month, known.plusDays(1), known);
        double companyActual = 0;
        double companyForecast = 0;
        double companyNaive = 0;
        for (BudgetLine line : forecast) {
            BudgetLine truth = actual.stream().filter(a -> a.target().key().equals(line.target().key())).findFirst().orElseThrow();
            double total = truth.forecast().total().doubleValue();
            double predicted = line.forecast().total().doubleValue();
            double naive = line.forecast().actualCumulative().get(day - 1).doubleValue() * month.lengthOfMonth() / day;
            companyActual += total;
            companyForecast += predicted;
            companyNaive += naive;
            if (total > 0) {
                errors.departments.add(Math.abs(predicted - total) / total);
                errors.naive.add(Math.abs(naive - total) / total);
                boolean inside = total >= line.forecast().low().doubleValue() && total <= line.forecast().high().doubleValue();
                errors.inside += inside ? 1 : 0;
            }
        }
        if (companyActual > 0) {
            errors.company.add(Math.abs(companyForecast - companyActual) / companyActual);
            errors.companyNaive.add(Math.abs(companyNaive - companyActual) / companyActual);
        }
    }

    /** Absolute percentage errors, per department-month and per company-month, of the forecast and the run rate. */
    private static final class Errors {
        final List<Double> departments = new ArrayList<>();
        final List<Double> naive = new ArrayList<>();
        final List<Double> company = new ArrayList<>();
        final List<Double> companyNaive = new ArrayList<>();
        int inside;

        double mape(List<Double> errors) {
            return errors.stream().mapToDouble(Double::doubleValue).average().orElse(0) * 100;
        }

        double max(List<Double> errors) {
            return errors.stream().mapToDouble(Double::doubleValue).max().orElse(0) * 100;
        }

        double coverage() {
            return departments.isEmpty() ? 0 : (double) inside / departments.size();
        }

        String report(String cutoff) {
            return String.format(Locale.ROOT, "Budget forecast, held-out %d months of the demo company, forecast on %s: "
                    + "departments MAPE %.1f %% (max %.1f %%, run rate %.1f %%) over %d department-months; company MAPE %.1f %% "
                    + "(max %.1f %%, run rate %.1f %%); interval held the actual in %.0f %% of department-months",
                    HELD_OUT_MONTHS, cutoff, mape(departments), max(departments), mape(naive), departments.size(), mape(company),
                    max(company), mape(companyNaive), coverage() * 100);
        }
    }
}

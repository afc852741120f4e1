package no.bedriftsportal.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.bedriftsportal.DemoPortalTest;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;

/** The demo company (#18.3): every department has a budget from this month, and one is forecast over it. */
@DemoPortalTest
class DemoBudgetsIntegrationTest {

    @Autowired
    Budgets budgets;
    @Autowired
    BudgetOverruns overruns;
    @Autowired
    Companies companies;
    @Autowired
    Clock clock;

    @Test
    void everyDepartmentHasABudgetAndOneIsForecastOver() {
        long demo = companies.list().get(0).id();
        YearMonth month = YearMonth.from(Oslo.today(clock));
        assertThat(budgets.overview(AccessScope.wholeCompany(demo), month)).isNotEmpty()
                .filteredOn(line -> !line.target().user()).allSatisfy(line -> assertThat(line.budget()).isNotNull());
        assertThat(overruns.overruns(demo, month)).isNotEmpty();
    }
}

package no.bedriftsportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.bedriftsportal.DemoPortalTest;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.insights.Advice;
import no.bedriftsportal.insights.AdviceKind;
import no.bedriftsportal.insights.AdviceRow;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;

/**
 * Sparetips on the demo company (#18.1): the forgotten spare SIM and router are suggested for termination with their
 * monthly fee as the saving, and the light users moved to FRI_20 are advised a smaller plan.
 */
@DemoPortalTest
class DemoAdviceIntegrationTest {

    @Autowired
    Companies companies;
    @Autowired
    Advice advice;

    @Test
    void theDemoCompanyGetsSavingsAdvice() {
        List<AdviceRow> rows = advice.all(AccessScope.wholeCompany(companies.list().get(0).id()));
        assertThat(rows).filteredOn(row -> DemoAdvice.isForgotten(Msisdn.of(row.msisdn())))
                .extracting(AdviceRow::kind, AdviceRow::currentPlan, row -> row.savingPerMonth().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(AdviceKind.IDLE, "FRI_5", "279.00"),
                        org.assertj.core.groups.Tuple.tuple(AdviceKind.IDLE, "MBB_50", "299.00"));
        assertThat(rows).filteredOn(row -> row.kind() == AdviceKind.PLAN && "FRI_20".equals(row.currentPlan()))
                .hasSizeGreaterThanOrEqualTo(DemoAdvice.OVER_PROVISIONED);
    }
}

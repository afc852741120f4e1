package no.bedriftsportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import no.bedriftsportal.shared.OrgNumber;

class DemoPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void theSameSeedGivesTheSameCompany() {
        assertThat(DemoPlanner.plan(42, 150, TODAY)).isEqualTo(DemoPlanner.plan(42, 150, TODAY));
        assertThat(DemoPlanner.plan(43, 150, TODAY)).isNotEqualTo(DemoPlanner.plan(42, 150, TODAY));
    }

    @Test
    void aRealisticCompanyOfTheConfiguredSize() {
        DemoPlan plan = DemoPlanner.plan(20261127, 150, TODAY);

        assertThat(OrgNumber.parse(plan.orgNumber())).isPresent();
        assertThat(plan.departments()).hasSize(5);
        assertThat(plan.employees()).hasSize(150);
        assertThat(plan.employees()).extracting(DemoPlan.Person::department).containsAll(java.util.List.of(0, 1, 2, 3, 4));
        assertThat(plan.employees()).extracting(DemoPlan.Person::email).doesNotHaveDuplicates()
                .allMatch(email -> email.matches("[a-z.0-9]+@fjordlys\\.no"));
        assertThat(plan.subscriptions()).extracting(line -> line.msisdn().value()).doesNotHaveDuplicates();
        Map<String, Long> plans = plan.subscriptions().stream()
                .collect(Collectors.groupingBy(DemoPlan.Line::plan, Collectors.counting()));
        long fri = plans.entrySet().stream().filter(e -> e.getKey().startsWith("FRI_")).mapToLong(Map.Entry::getValue).sum();
        assertThat(fri).as("mostly FRI_*").isGreaterThan(plan.subscriptions().size() * 6L / 10);
        assertThat(plans).containsKeys("FRI_1", "FRI_5", "FRI_20", "BASIS", "MBB_50");
        assertThat(plan.subscriptions()).anyMatch(line -> line.terminateOn() != null)
                .anyMatch(line -> line.activeFrom().isAfter(TODAY.minusDays(46)))
                .anyMatch(line -> line.upgrade() != null)
                .anyMatch(DemoPlan.Line::dataControl)
                .anyMatch(line -> line.employee() == null);
        assertThat(plan.portalUsers()).filteredOn(access -> access.department() == null).hasSize(2);
        assertThat(plan.portalUsers()).filteredOn(access -> access.department() != null).hasSize(1);
    }

    @Test
    void portalUsersHoldSubscriptionsThatStayActive() {
        DemoPlan plan = DemoPlanner.plan(7, 40, TODAY);
        Map<String, DemoPlan.Line> byNumber = plan.subscriptions().stream()
                .collect(Collectors.toMap(line -> line.msisdn().value(), Function.identity()));

        assertThat(plan.portalUsers()).allSatisfy(access -> {
            DemoPlan.Line line = byNumber.get(access.msisdn().value());
            assertThat(line.terminateOn()).isNull();
            assertThat(line.activeFrom()).isBefore(TODAY);
        });
    }

    @Test
    void theSizeIsConfigurable() {
        assertThat(DemoPlanner.plan(1, 12, TODAY).employees()).hasSize(12);
    }
}

package no.bedriftsportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.bedriftsportal.DemoPortalTest;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.identity.PortalUser;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscriptions;

/** The demo profile on an empty database: the demo company, as planned, through the module APIs. */
@DemoPortalTest
class DemoCompanyIntegrationTest {

    @Autowired
    Companies companies;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    PortalUsers portalUsers;

    @Autowired
    DemoProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    no.bedriftsportal.billing.Invoices invoices;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theDemoCompanyIsWrittenAsPlanned() {
        DemoPlan plan = DemoPlanner.plan(properties.seed(), properties.employees(), Oslo.today(clock));

        // and the second, small customer whose order of the portal waits in the staff queue (#17.6)
        assertThat(companies.list()).extracting(no.bedriftsportal.customer.Company::name)
                .containsExactly(plan.companyName(), DemoOnboarding.COMPANY_NAME);
        assertThat(jdbc.sql("select status from onboarding_order where org_number = :org").param("org", DemoOnboarding.ORG_NUMBER)
                .query(String.class).list()).containsExactly("RECEIVED");
        Company demo = companies.list().get(0);
        assertThat(demo.name()).isEqualTo(plan.companyName());
        assertThat(demo.orgNumber().value()).isEqualTo(plan.orgNumber());
        assertThat(companies.customerAccounts(AccessScope.wholeCompany(demo.id()))).hasSize(5);
        assertThat(companies.employees(demo.id())).hasSize(plan.employees().size());
        assertThat(subscriptions.list(AccessScope.wholeCompany(demo.id()))).filteredOn(s -> DemoAdvice.isForgotten(s.msisdn()))
                .as("the forgotten lines of Sparetips (#18.1)").hasSize(2);
        assertThat(subscriptions.list(AccessScope.wholeCompany(demo.id()))).filteredOn(s -> !DemoAdvice.isForgotten(s.msisdn()))
                .hasSize(plan.subscriptions().size())
                .as("every line has its own SIM card, the same at every start").allSatisfy(subscription -> assertThat(subscription.iccid())
                        .isEqualTo(DemoPlanner.simCard(plan.subscriptions().stream().map(DemoPlan.Line::msisdn).toList()
                                .indexOf(subscription.msisdn()))));
        assertThat(DemoPlanner.simCard(0).value()).isEqualTo("89470800000010000009");
        assertThat(portalUsers.list(demo.id())).filteredOn(PortalUser::superUser).extracting(PortalUser::name)
                .containsExactlyInAnyOrder("Ingrid Solberg", "Henrik Haugen");
        assertThat(portalUsers.list(demo.id())).filteredOn(user -> user.name().equals("Marius Berg"))
                .singleElement().satisfies(user -> assertThat(user.customerAccountIds()).hasSize(1));
    }

    /** #17.6: about 200 devices with valid IMEIs, a year of history, some in repair or lost, warranties about to end. */
    @Test
    void itsEquipmentRegisterHasAYearOfHistory() {
        long demo = companies.list().get(0).id();
        AccessScope scope = AccessScope.wholeCompany(demo);
        no.bedriftsportal.equipment.DevicePage all = equipment.list(scope, no.bedriftsportal.equipment.DeviceQuery.all());
        assertThat(all.total()).isBetween(170L, 260L);
        java.util.Map<String, Long> byStatus = new java.util.HashMap<>();
        equipment.each(scope, no.bedriftsportal.equipment.DeviceQuery.all(), device -> {
            byStatus.merge(device.status().name(), 1L, Long::sum);
            if (device.imei() != null) {
                assertThat(no.bedriftsportal.equipment.Imei.parse(device.imei())).as(device.imei()).isPresent();
            }
        });
        assertThat(byStatus).containsKeys("IN_USE", "IN_STOCK", "IN_REPAIR", "LOST", "RETIRED");
        assertThat(jdbc.sql("select count(*) from device_event where company_id = :c and action <> 'REGISTERED'"
                + " and effective_on > :yearAgo").param("c", demo).param("yearAgo", Oslo.today(clock).minusYears(1))
                .query(Long.class).single()).isGreaterThanOrEqualTo(100);
        no.bedriftsportal.equipment.EquipmentAttention attention = equipment.attention(scope);
        assertThat(attention.warrantyEnding()).isPositive();
        assertThat(attention.olderThanReplacementAge()).isPositive();
    }

    @Autowired
    no.bedriftsportal.equipment.Equipment equipment;

    @Test
    void itsUsageTravelledTheSpoolAndWasRatedWithoutRejections() {
        var totals = jdbc.sql("select count(*), sum(records), sum(rated), sum(rejected) from cdr_file where source = 'DEMO'")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();

        assertThat(totals[0]).as("weekly files").isGreaterThanOrEqualTo(8);
        assertThat(totals[1]).as("records").isGreaterThan(50_000);
        assertThat(totals[2]).as("rated").isEqualTo(totals[1]);
        assertThat(totals[3]).as("rejected").isZero();
        assertThat(jdbc.sql("select distinct payer from extra_package_purchase").query(String.class).list())
                .contains("COMPANY", "SALARY");
        assertThat(jdbc.sql("select count(distinct country) from usage_daily where country <> 'NO'").query(Integer.class).single())
                .as("countries abroad").isGreaterThan(3);
        assertThat(jdbc.sql("select count(*) from usage_daily where category = 'abroad'").query(Integer.class).single()).isPositive();
    }

    @Test
    void itsInvoicesArePaidButTheLatestAndOneOverdue() {
        Company demo = companies.list().get(0);
        java.util.List<no.bedriftsportal.billing.InvoiceSummary> invoices = this.invoices.list(AccessScope.wholeCompany(demo.id()),
                no.bedriftsportal.billing.InvoiceFilter.all());

        assertThat(invoices).hasSizeGreaterThanOrEqualTo(10);
        assertThat(invoices).filteredOn(invoice -> invoice.status() == no.bedriftsportal.billing.InvoiceStatus.OVERDUE).hasSize(1);
        java.time.LocalDate latest = invoices.get(0).issueDate();
        assertThat(invoices).filteredOn(invoice -> invoice.issueDate().equals(latest))
                .allSatisfy(invoice -> assertThat(invoice.status()).isEqualTo(no.bedriftsportal.billing.InvoiceStatus.NEW));
        assertThat(invoices).filteredOn(invoice -> invoice.issueDate().isBefore(latest))
                .filteredOn(invoice -> invoice.status() == no.bedriftsportal.billing.InvoiceStatus.PAID)
                .hasSize((int) invoices.stream().filter(invoice -> invoice.issueDate().isBefore(latest)).count() - 1);
    }
}

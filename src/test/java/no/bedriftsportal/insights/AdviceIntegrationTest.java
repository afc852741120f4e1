package no.bedriftsportal.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.usage.BuyExtraPackage;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * The savings advice (X1, #18.1) on PostgreSQL from usage ingested as a CDR file over six months with the test
 * clock: the amounts are the hand calculations of {@link AdviceCalculatorTest}, now through rating, the rollups
 * and the catalogue's prices; a user limited to a customer number gets that number's advice only.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdviceIntegrationTest {

    @Autowired
    CompanyMother mother;
    @Autowired
    IngestCdrFile ingest;
    @Autowired
    BuyExtraPackage buy;
    @Autowired
    Advice advice;
    @Autowired
    Clock clock;

    TestCompany company;
    AdviceUsage usage;
    List<AdviceRow> rows;

    @BeforeAll
    void sixMonthsOfUsage() {
        company = mother.company("Salg", "Drift");
        usage = new AdviceUsage(company, clock, ingest, buy);
        rows = advice.all(AccessScope.wholeCompany(company.id()));
    }

    @Test
    void anOverProvisionedFri20ShouldBeOnFri1() {
        // 349.00 − 199.00 = 150.00 a month in each of the six months
        AdviceRow row = row(usage.overProvisioned);
        assertThat(row.kind()).isEqualTo(AdviceKind.PLAN);
        assertThat(row.currentPlan()).isEqualTo("FRI_20");
        assertThat(row.suggestedPlan()).isEqualTo("FRI_1");
        assertThat(row.savingPerMonth()).isEqualByComparingTo("150.00");
        assertThat(row.savingPerYear()).isEqualByComparingTo("1800.00");
        assertThat(row.confidence()).isEqualTo(AdviceConfidence.HIGH);
        assertThat(row.months()).isEqualTo(usage.window);
        assertThat(row.holderName()).isEqualTo("Olsen Overdimensjonert");
    }

    @Test
    void aBasisUserShouldBeOnFri5() {
        // 49.00 + 98.00 + 19.50 + 1.98 + 300.00 = 468.48 on BASIS against 279.00 on FRI_5
        AdviceRow row = row(usage.basis);
        assertThat(row.suggestedPlan()).isEqualTo("FRI_5");
        assertThat(row.currentCost()).isEqualByComparingTo("468.48");
        assertThat(row.savingPerMonth()).isEqualByComparingTo("189.48");
        assertThat(row.savingPerYear()).isEqualByComparingTo("2273.76");
        assertThat(row.confidence()).isEqualTo(AdviceConfidence.HIGH);
    }

    @Test
    void repeatedExtraPackagesMakeFri5Cheaper() {
        // (5 × 398.00 + 199.00 − (5 × 358.00 + 279.00)) / 6 = 20.00 a month; an EXTRA_1 in five months
        AdviceRow row = row(usage.extras);
        assertThat(row.kind()).isEqualTo(AdviceKind.EXTRA_PACKAGES);
        assertThat(row.suggestedPlan()).isEqualTo("FRI_5");
        assertThat(row.savingPerMonth()).isEqualByComparingTo("20.00");
        assertThat(row.savingPerYear()).isEqualByComparingTo("240.00");
        assertThat(row.confidence()).isEqualTo(AdviceConfidence.MEDIUM);
        assertThat(row.habit()).extracting(AdviceHabit::code, AdviceHabit::months).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EXTRA_1", 5));
    }

    @Test
    void aSubscriptionSilentFor90DaysMayBeTerminated() {
        AdviceRow row = row(usage.idle);
        assertThat(row.kind()).isEqualTo(AdviceKind.IDLE);
        assertThat(row.suggestedPlan()).isNull();
        assertThat(row.savingPerMonth()).isEqualByComparingTo("279.00");
        assertThat(row.savingPerYear()).isEqualByComparingTo("3348.00");
        assertThat(row.lastTraffic()).isEqualTo(usage.idleLastCall);
    }

    @Test
    void aRightSizedSubscriptionGetsNone() {
        assertThat(rows).noneMatch(row -> row.msisdn().equals(usage.rightSized.value()));
    }

    @Test
    void aLimitedScopeSeesItsOwnCustomerNumberOnly() {
        AdviceReport report = advice.report(new AccessScope(company.id(), java.util.Set.of(company.account(1).id())),
                AdviceQuery.ALL);
        assertThat(report.rows()).extracting(AdviceRow::msisdn).contains(usage.extras.value(), usage.idle.value())
                .doesNotContain(usage.overProvisioned.value(), usage.basis.value());
        assertThat(report.savingPerMonth()).isEqualByComparingTo(report.rows().stream().map(AdviceRow::savingPerMonth)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
    }

    @Test
    void filtersAndSortFollowTheQuery() {
        AdviceReport idle = advice.report(AccessScope.wholeCompany(company.id()),
                AdviceQuery.parse(name -> "kind".equals(name) ? "IDLE" : null));
        assertThat(idle.rows()).allMatch(row -> row.kind() == AdviceKind.IDLE);
        AdviceReport byName = advice.report(AccessScope.wholeCompany(company.id()),
                AdviceQuery.parse(name -> "sort".equals(name) ? "name" : null));
        assertThat(byName.rows()).extracting(AdviceRow::holderName).first().isEqualTo("Berg Basis");
    }

    private AdviceRow row(Msisdn msisdn) {
        return rows.stream().filter(row -> row.msisdn().equals(msisdn.value())).findFirst()
                .orElseThrow(() -> new AssertionError("no advice for " + msisdn + " in " + rows));
    }
}

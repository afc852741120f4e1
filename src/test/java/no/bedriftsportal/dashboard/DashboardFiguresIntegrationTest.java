package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * The dashboard's figures against sums worked out by hand from a small known feed (CATALOG.md's
 * prices), not against the same SQL: D1's split, D4's countries and top users, D6's users, D5's
 * data, and what a user limited to one customer number sees.
 */
@PortalIntegrationTest
class DashboardFiguresIntegrationTest {

    @Autowired
    CompanyMother mother;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    SubscriptionsOverview overview;

    @Autowired
    WorldUsage world;

    @Autowired
    UserOverview users;

    @Autowired
    DataPackages data;

    @Autowired
    UserDetails details;

    @Autowired
    Clock clock;

    TestCompany company;
    Msisdn fri5;
    Msisdn basis;
    Msisdn traveller;
    LocalDate day;

    @BeforeEach
    void feed() throws Exception {
        DashboardFeed feed = DashboardFeed.feed(mother, ingest, clock);
        company = feed.company();
        fri5 = feed.fri5();
        basis = feed.basis();
        traveller = feed.traveller();
        day = feed.day();
    }

    @Test
    void d1SplitsTheUsageWithinOutsideAndAbroad() {
        Map<String, UsageSplit> split = overview.split(AccessScope.wholeCompany(company.id()), day.minusDays(6), day)
                .stream().collect(Collectors.toMap(UsageSplit::category, Function.identity()));

        assertThat(split.get("fixed_price")).satisfies(s -> {
            assertThat(s.minutes()).isEqualTo(5);
            assertThat(s.messages()).isEqualTo(2);
            assertThat(s.megabytes()).isEqualTo(100);
            assertThat(s.amount()).isEqualByComparingTo("0.00");
        });
        assertThat(split.get("outside_fixed_price")).satisfies(s -> {
            assertThat(s.minutes()).isEqualTo(2);
            assertThat(s.messages()).isEqualTo(1);
            assertThat(s.amount()).isEqualByComparingTo("46.37"); // 0.98 + 0.39 + 45.00
        });
        assertThat(split.get("abroad")).satisfies(s -> {
            assertThat(s.minutes()).isEqualTo(1);
            assertThat(s.megabytes()).isEqualTo(60);
            assertThat(s.amount()).isEqualByComparingTo("42.99"); // 10 MB × 4.00 + 60 s × 2.99
        });
    }

    @Test
    void d4ShowsEachCountryAbroadWithItsUsersButNotNorway() {
        List<CountryUsage> countries = world.countries(AccessScope.wholeCompany(company.id()), day.minusDays(6), day);

        assertThat(countries).extracting(CountryUsage::country).containsExactly("US", "SE");
        assertThat(countries.get(0).amount()).isEqualByComparingTo("42.99");
        assertThat(countries.get(0).users()).isEqualTo(1);
        assertThat(countries.get(0).nameNb()).isEqualTo("USA");
        assertThat(countries.get(1).megabytes()).isEqualTo(50);
        assertThat(world.topUsers(AccessScope.wholeCompany(company.id()), "US", day.minusDays(6), day, 5))
                .singleElement().satisfies(user -> {
                    assertThat(user.msisdn()).isEqualTo(traveller.value());
                    assertThat(user.amount()).isEqualByComparingTo("42.99");
                    assertThat(user.department()).isEqualTo("Drift");
                });
    }

    @Test
    void d6ListsEveryUserOfTheMonthSortedAndSearchable() {
        YearMonth month = YearMonth.from(day);
        UserPage page = users.users(AccessScope.wholeCompany(company.id()), UserQuery.of(month, UserSort.COST, true));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.users()).extracting(UserCost::msisdn).containsExactly(fri5.value(), traveller.value(), basis.value());
        assertThat(page.users().get(0)).satisfies(user -> {
            assertThat(user.minutes()).isEqualTo(5);
            assertThat(user.messages()).isEqualTo(2);
            assertThat(user.megabytes()).isEqualTo(150);
            assertThat(user.amount()).isEqualByComparingTo("45.00");
        });
        assertThat(users.users(AccessScope.wholeCompany(company.id()),
                new UserQuery(month, basis.national().substring(2), UserSort.NAME, false, UserSort.COST, null, 0, 25)).users())
                .extracting(UserCost::msisdn).containsExactly(basis.value());
        assertThat(users.users(AccessScope.wholeCompany(company.id()),
                new UserQuery(month, null, UserSort.NAME, false, UserSort.COST, new BigDecimal("43"), 0, 25)).users())
                .as("at least 43 kr: 45,00 yes, 42,99 no").extracting(UserCost::msisdn).containsExactly(fri5.value());
        assertThat(users.users(AccessScope.wholeCompany(company.id()),
                new UserQuery(month, null, UserSort.MINUTES, true, UserSort.MINUTES, new BigDecimal("5"), 0, 25)).users())
                .as("at least 5 minutes").extracting(UserCost::msisdn).contains(fri5.value());
        UserDetail detail = details.detail(AccessScope.wholeCompany(company.id()), page.users().get(0).subscriptionId(), month)
                .orElseThrow();
        assertThat(detail.trend()).hasSize(6).last().satisfies(trend -> {
            assertThat(trend.bytes()).isEqualTo(150_000_000L);
            assertThat(trend.packageBytes()).isEqualTo(5_000_000_000L);
        });
        assertThat(detail.breakdown()).extracting(UserDetail.Line::amount).map(BigDecimal::stripTrailingZeros)
                .contains(new BigDecimal("45"));
    }

    @Test
    void d5ListsOnlySubscriptionsWithADataPackage() {
        YearMonth month = YearMonth.from(day);
        List<DataUser> dataUsers = data.users(AccessScope.wholeCompany(company.id()), month);

        assertThat(dataUsers).extracting(DataUser::msisdn).containsExactlyInAnyOrder(fri5.value(), traveller.value());
        assertThat(dataUsers).filteredOn(user -> user.msisdn().equals(fri5.value())).singleElement()
                .satisfies(user -> assertThat(user.bytesPackage()).isEqualTo(150_000_000L));
        assertThat(data.byDay(AccessScope.wholeCompany(company.id()), month)).filteredOn(d -> d.day().equals(day))
                .singleElement().satisfies(d -> {
                    assertThat(d.bytesPackage()).isEqualTo(150_000_000L);
                    assertThat(d.bytesOutside()).isEqualTo(10_000_000L); // roaming data in the US uses no package
                });
    }

    @Test
    void aUserLimitedToOneCustomerNumberSeesOnlyItsFigures() {
        AccessScope drift = new AccessScope(company.id(), java.util.Set.of(company.account(1).id()));

        assertThat(overview.split(drift, day.minusDays(6), day)).filteredOn(s -> s.amount().signum() > 0)
                .singleElement().satisfies(s -> assertThat(s.amount()).isEqualByComparingTo("42.99"));
        assertThat(world.countries(drift, day.minusDays(6), day)).extracting(CountryUsage::country).containsExactly("US");
        assertThat(users.users(drift, UserQuery.of(YearMonth.from(day), UserSort.COST, true)).users())
                .extracting(UserCost::msisdn).containsExactly(traveller.value());
        assertThat(details.detail(drift, users.users(AccessScope.wholeCompany(company.id()),
                UserQuery.of(YearMonth.from(day), UserSort.COST, true)).users().get(0).subscriptionId(), YearMonth.from(day))).isEmpty();
    }
}

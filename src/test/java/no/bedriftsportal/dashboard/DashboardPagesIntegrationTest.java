package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * The dashboard over HTTP, as the browser gets it: the page with every card, each card's own
 * endpoint for a new period (D1, D2), the user list searched, filtered and sorted (D7) and a
 * user's panel (D6) — with the figures of {@link DashboardFeed} worked out by hand, the privacy
 * of whom an employee called, and a user limited to one customer number.
 */
@PortalIntegrationTest
class DashboardPagesIntegrationTest {

    private static final Pattern LIST_ROW = Pattern.compile("<tr data-subscription=\"(\\d+)\">");

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Clock clock;

    DashboardFeed feed;
    PortalHttpClient admin;

    @BeforeEach
    void feedAndLogIn() throws Exception {
        feed = DashboardFeed.feed(mother, ingest, clock);
        admin = new PortalHttpClient(port);
        admin.logIn(feed.company().superUser(), outbox);
    }

    @Test
    void thePageShowsEveryCardAndD1ItsSplitForTheChosenPeriod() {
        Page page = admin.get("/?subscriptions=DAYS_7");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"card-subscriptions\"", "id=\"card-costs\"", "id=\"card-users\"",
                "/js/echarts-", "id=\"chart-costs-data\"");
        assertThat(page.body()).as("the map's geometry by its fingerprinted URL").containsPattern(
                "data-geometry=\"/geo/world-110m-[0-9a-f]{32}\\.json\"");
        assertThat(row(page.body(), "data-category=\"outside_fixed_price\"")).contains(money("46.37"), ">2<", ">1<");
        assertThat(row(page.body(), "data-category=\"abroad\"")).contains(money("42.99"), ">60<");
        assertThat(row(page.body(), "data-category=\"fixed_price\"")).contains(">5<", ">2<", ">100<");
    }

    @Test
    void d1AndD2ReRenderAloneForANewPeriodAndIgnoreUnknownOnes() {
        Page d1 = admin.getHtmx("/dashboard/subscriptions?subscriptions=DAYS_90");
        assertThat(d1.body().strip()).startsWith("<section class=\"card\" id=\"card-subscriptions\"").doesNotContain("<html")
                .contains("value=\"DAYS_90\" checked");
        assertThat(admin.getHtmx("/dashboard/subscriptions?subscriptions=DROP%20TABLE").body()).contains("value=\"DAYS_30\" checked");

        Page d2 = admin.getHtmx("/dashboard/costs?costs=24");
        assertThat(d2.body().strip()).startsWith("<section class=\"card card--wide\" id=\"card-costs\"");
        assertThat(count(d2.body(), "<tr data-month=")).isEqualTo(24);
        String thisMonth = row(d2.body(), "data-month=\"" + YearMonth.from(feed.day()) + "\"");
        assertThat(thisMonth).contains(money("40.00"))   // data: 10 MB in the US at 4,00
                .contains(money("4.36"));                // traffic: 0,98 + 0,39 + 2,99
        assertThat(count(admin.getHtmx("/dashboard/costs?costs=7").body(), "<tr data-month=")).isEqualTo(12);
    }

    @Test
    void d7SortsSearchesAndFiltersTheUsersOfTheMonth() {
        long fri5 = id(feed.fri5());
        long basis = id(feed.basis());
        long traveller = id(feed.traveller());

        assertThat(rows(admin.getHtmx("/dashboard/users/list?users=THIS_MONTH").body())).containsExactly(fri5, traveller, basis);
        assertThat(rows(admin.getHtmx("/dashboard/users/list?users=THIS_MONTH&userSort=COST&userOrder=asc").body()))
                .containsExactly(basis, traveller, fri5);
        assertThat(rows(admin.getHtmx("/dashboard/users/list?users=THIS_MONTH&userSort=MINUTES").body()))
                .startsWith(fri5);
        assertThat(rows(admin.getHtmx("/dashboard/users/list?users=THIS_MONTH&userSearch=" + feed.traveller().national()).body()))
                .containsExactly(traveller);
        String typed = java.net.URLEncoder.encode("+47 " + feed.traveller().display(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(rows(admin.getHtmx("/dashboard/users/list?users=THIS_MONTH&userSearch=" + typed).body()))
                .as("a number typed with spaces and country code").containsExactly(traveller);
        assertThat(rows(admin.getHtmx("/dashboard/users/list?users=THIS_MONTH&userMin=43&userMinOf=COST").body()))
                .containsExactly(fri5);
        assertThat(rows(admin.getHtmx("/dashboard/users/list?users=THIS_MONTH&userMin=120&userMinOf=DATA").body()))
                .containsExactly(fri5);
        assertThat(row(admin.getHtmx("/dashboard/users/list?users=LAST_MONTH").body(), "<tr data-subscription=\"" + fri5 + "\""))
                .as("no usage last month").contains(money("0.00")).doesNotContain(money("45.00"));

        Page invalid = admin.getHtmx("/dashboard/users/list?users=THIS_MONTH&userMin=mange");
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("id=\"user-min-error\"");
        assertThat(rows(invalid.body())).hasSize(3);
        assertThat(count(invalid.body(), "<tr data-subscription=")).isEqualTo(4); // and the administrator's own
    }

    @Test
    void d7FindsNamesWithÆØÅInAnyCaseAndSortsThemTheNorwegianWay() {
        CompanyMother.TestCompany company = mother.company("Salg");
        company.subscriber(0, "FRI_1", "Åse Ås");
        company.subscriber(0, "FRI_1", "Øystein Øye");
        company.subscriber(0, "FRI_1", "Ærlig Æsir");
        company.subscriber(0, "FRI_1", "Zorro Zahl");
        PortalHttpClient admin = new PortalHttpClient(port);
        admin.logIn(company.superUser(), outbox);

        String sorted = admin.getHtmx("/dashboard/users/list?users=THIS_MONTH&userSort=NAME&userOrder=asc").body();
        assertThat(sorted.indexOf("Zorro Zahl")).isLessThan(sorted.indexOf("Ærlig Æsir"));
        assertThat(sorted.indexOf("Ærlig Æsir")).isLessThan(sorted.indexOf("Øystein Øye"));
        assertThat(sorted.indexOf("Øystein Øye")).isLessThan(sorted.indexOf("Åse Ås"));
        String found = admin.getHtmx("/dashboard/users/list?users=THIS_MONTH&userSearch=%C3%98YSTEIN").body();
        assertThat(found).contains("Øystein Øye").doesNotContain("Åse Ås");
    }

    @Test
    void d6ShowsTheUsersMonthByKindAndTheTrendButNeverWhomTheyCalled() {
        Page panel = admin.getHtmx("/dashboard/users/" + id(feed.fri5()) + "?users=THIS_MONTH");

        assertThat(panel.status()).isEqualTo(200);
        assertThat(row(panel.body(), "data-line=\"dashboard.users.line.VOICE.fixed_price\"")).contains("5:00", money("0.00"));
        assertThat(row(panel.body(), "data-line=\"dashboard.users.line.SMS.fixed_price\"")).contains("2 stk");
        assertThat(row(panel.body(), "data-line=\"dashboard.users.line.DATA.package\"")).contains("100\u00a0MB");
        assertThat(row(panel.body(), "data-line=\"dashboard.users.line.DATA.abroad\"")).contains("50\u00a0MB");
        assertThat(row(panel.body(), "data-line=\"dashboard.users.line.CONTENT\"")).contains("1 kjøp", money("45.00"));
        assertThat(count(panel.body(), "<tr>\n                    <th scope=\"row\" class=\"nowrap\">")).isEqualTo(6);
        assertThat(panel.body()).contains("id=\"chart-user-trend-data\"", "Bedrift Fri 5 GB", "5\u00a0000 MB");
        assertThat(panel.body()).doesNotContain("91234567", "912\u00a034\u00a0567", "EasyPark", "2020");

        Page wholePage = admin.get("/?users=THIS_MONTH&user=" + id(feed.fri5()));
        assertThat(wholePage.body()).contains("data-line=\"dashboard.users.line.CONTENT\"");
        assertThat(admin.getHtmx("/dashboard/users/999999999?users=THIS_MONTH").status()).isEqualTo(404);
    }

    @Test
    void aUserLimitedToOneCustomerNumberSeesOnlyItsUsers() {
        PortalHttpClient drift = new PortalHttpClient(port);
        drift.logIn(feed.company().user(1), outbox);

        assertThat(rows(drift.getHtmx("/dashboard/users/list?users=THIS_MONTH").body()))
                .contains(id(feed.traveller())).doesNotContain(id(feed.fri5()), id(feed.basis()));
        assertThat(drift.getHtmx("/dashboard/users/" + id(feed.fri5()) + "?users=THIS_MONTH").status()).isEqualTo(404);
        Page page = drift.get("/?subscriptions=DAYS_7&user=" + id(feed.fri5()));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("data-line=").contains(money("42.99"))
                .doesNotContain(money("46.37"));
    }

    private long id(Msisdn msisdn) {
        return subscriptions.list(AccessScope.wholeCompany(feed.company().id())).stream()
                .filter(subscription -> subscription.msisdn().equals(msisdn)).findFirst().orElseThrow().id();
    }

    /** The feed's subscriptions in the list, in its order (the company's portal users have subscriptions too). */
    private List<Long> rows(String html) {
        List<Long> fed = List.of(id(feed.fri5()), id(feed.basis()), id(feed.traveller()));
        Matcher matcher = LIST_ROW.matcher(html);
        List<Long> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            long id = Long.parseLong(matcher.group(1));
            if (fed.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The table row that carries {@code marker}. */
    private static String row(String html, String marker) {
        int start = html.indexOf(marker);
        assertThat(start).as(marker).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static int count(String html, String needle) {
        int count = 0;
        for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private static String money(String amount) {
        return NorwegianFormat.money(new java.math.BigDecimal(amount));
    }
}

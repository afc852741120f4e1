package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyApiClient.Response;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiScope;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.BuyExtraPackage;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;
import no.bedriftsportal.usage.Payer;

/**
 * {@code /api/v1/usage} (#13.2): per subscription · month · kind, the same figures as D7's user list
 * and its Excel file — usage cost, fee, extra packages, total, call time, messages and MB — for
 * {@link DashboardFeed}'s company with an extra package, a call received abroad and an MMS added.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    ApiTokenMother apiTokens;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    BuyExtraPackage buyExtraPackage;

    @Autowired
    UserOverview users;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    Clock clock;

    DashboardFeed feed;
    Msisdn superUser;
    YearMonth month;
    CompanyApiClient api;

    @BeforeAll
    void feed() throws Exception {
        feed = DashboardFeed.feed(mother, ingest, clock);
        superUser = feed.company().superUser();
        month = YearMonth.from(feed.day());
        buyExtraPackage.buy(feed.fri5().value(), "EXTRA_1", Payer.COMPANY, feed.day().atTime(9, 0).atZone(Oslo.ZONE).toInstant(),
                "OPERATOR");
        String at = feed.day().atTime(11, 0).atOffset(ZoneOffset.ofHours(1)).toString();
        Path file = Files.createTempFile("usage-api", ".csv");
        String id = "usage-api-" + System.nanoTime() + "-";
        Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n"
                + id + "1," + feed.traveller() + ",VOICE," + at + ",MT,+4791234567,US,120,,,,,\n"
                + id + "2," + feed.basis() + ",MMS," + at.replace("T11:00", "T11:01") + ",MO,91234567,NO,,,,,,\n");
        ingest.ingest(file, "usage-api.csv", CdrSource.UPLOAD);
        api = new CompanyApiClient(port, apiTokens.tokenFor(feed.company().id(), ApiScope.DASHBOARD_READ));
    }

    @Test
    void aMonthsRowsAddUpToTheUserListsFiguresPerSubscription() {
        List<Map<String, Object>> rows = all(api, "/api/v1/usage?from=" + month + "&to=" + month);
        List<UserCost> list = users.users(AccessScope.wholeCompany(feed.company().id()),
                new UserQuery(month, null, UserSort.NAME, false, UserSort.COST, null, 0, 500)).users();

        assertThat(rows).extracting(row -> ((Number) row.get("subscriptionId")).longValue()).containsOnly(
                list.stream().map(UserCost::subscriptionId).toArray(Long[]::new));
        assertThat(list).hasSize(4);
        for (UserCost user : list) {
            List<Map<String, Object>> theirs = rows.stream()
                    .filter(row -> ((Number) row.get("subscriptionId")).longValue() == user.subscriptionId()).toList();
            String who = user.msisdn();
            assertThat(sum(theirs, "amountExVat", kind -> !kind.equals("monthly_fee") && !kind.equals("extra_packages")))
                    .as("usage cost of " + who).isEqualByComparingTo(user.amount());
            assertThat(sum(theirs, "amountExVat", kind -> kind.equals("monthly_fee"))).as("fee of " + who).isEqualByComparingTo(user.fee());
            assertThat(sum(theirs, "amountExVat", kind -> kind.equals("extra_packages"))).as("extra packages of " + who)
                    .isEqualByComparingTo(user.extraPackages());
            assertThat(sum(theirs, "amountExVat", kind -> true)).as("total of " + who).isEqualByComparingTo(user.total());
            assertThat(sum(theirs, "quantity", kind -> kind.startsWith("voice."))).as("seconds of " + who)
                    .isEqualByComparingTo(BigDecimal.valueOf(user.voiceSeconds()));
            assertThat(sum(theirs, "quantity", kind -> kind.startsWith("sms.") || kind.startsWith("mms."))).as("messages of " + who)
                    .isEqualByComparingTo(BigDecimal.valueOf(user.messages()));
            assertThat(sum(theirs, "quantity", kind -> kind.startsWith("data.") && !kind.equals("data.blocked"))).as("MB of " + who)
                    .isEqualByComparingTo(BigDecimal.valueOf(user.bytes(), 6));
        }
        // by hand, from DashboardFeed's prices and the lines added here
        long traveller = subscriptions.latest(feed.traveller().value()).id();
        assertThat(row(rows, traveller, "data.abroad")).containsEntry("unit", "MB").containsEntry("amountExVat", "40.00");
        assertThat(new BigDecimal(row(rows, traveller, "data.abroad").get("quantity").toString())).isEqualByComparingTo("10");
        assertThat(row(rows, traveller, "voice.abroad").get("quantity")).as("the call received is not counted, as on D7").isEqualTo(60);
        long fri5 = subscriptions.latest(feed.fri5().value()).id();
        assertThat(row(rows, fri5, "extra_packages")).containsEntry("amountExVat", "79.00").containsEntry("quantity", null);
        assertThat(row(rows, fri5, "content")).containsEntry("unit", "event").containsEntry("quantity", 1)
                .containsEntry("amountExVat", "45.00");
        assertThat(row(rows, fri5, "sms.fixed_price")).containsEntry("quantity", 2).containsEntry("amountExVat", "0.00");
        long basis = subscriptions.latest(feed.basis().value()).id();
        assertThat(row(rows, basis, "mms.outside_fixed_price")).containsEntry("quantity", 1).containsEntry("unit", "message");
    }

    @Test
    void theUsersExcelFileShowsTheSameSums() throws IOException {
        List<Map<String, Object>> rows = all(api, "/api/v1/usage?from=" + month + "&to=" + month);
        PortalHttpClient http = new PortalHttpClient(port);
        http.logIn(superUser, outbox);
        PortalHttpClient.Download download = http.download("/dashboard/users.xlsx?users=THIS_MONTH");
        assertThat(download.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.content()))) {
            Sheet sheet = workbook.getSheet("Brukere");
            Row totals = sheet.getRow(sheet.getLastRowNum());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Sum");
            assertThat(money(totals, 7)).as("Brukskostnad")
                    .isEqualByComparingTo(sum(rows, "amountExVat", kind -> !kind.equals("monthly_fee") && !kind.equals("extra_packages")));
            assertThat(money(totals, 8)).as("månedsavgift").isEqualByComparingTo(sum(rows, "amountExVat", kind -> kind.equals("monthly_fee")));
            assertThat(money(totals, 9)).as("ekstrapakker")
                    .isEqualByComparingTo(sum(rows, "amountExVat", kind -> kind.equals("extra_packages")));
            assertThat(money(totals, 10)).as("Totalkostnad").isEqualByComparingTo(sum(rows, "amountExVat", kind -> true));
            assertThat(BigDecimal.valueOf(totals.getCell(6).getNumericCellValue()).setScale(6, RoundingMode.HALF_UP)).as("MB")
                    .isEqualByComparingTo(sum(rows, "quantity", kind -> kind.startsWith("data.") && !kind.equals("data.blocked")));
        }
    }

    @Test
    void pagesJoinToTheWholeListInOrderWithoutDuplicates() {
        String period = "/api/v1/usage?from=" + month.minusMonths(2) + "&to=" + month;
        List<Map<String, Object>> whole = api.get(period + "&limit=500").json("$.items");
        List<Map<String, Object>> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = api.get(period + "&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.<List<Object>>json("$.items")).hasSizeBetween(1, 3);
            paged.addAll(page.json("$.items"));
            cursor = page.json("$.nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(paged).isEqualTo(whole).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((whole.size() + 2) / 3);
        assertThat(whole).extracting(row -> row.get("month")).contains(month.minusMonths(2).toString(), month.toString());
        assertThat(whole.stream().filter(row -> row.get("month").equals(month.minusMonths(1).toString())).map(row -> row.get("kind")))
                .as("last month: fees alone").hasSize(4).containsOnly("monthly_fee");
    }

    @Test
    void aLimitedTokenSeesOnlyItsCustomerNumbersSubscriptionsAndAnotherCompanyNone() {
        long traveller = subscriptions.latest(feed.traveller().value()).id();
        long fri5 = subscriptions.latest(feed.fri5().value()).id();
        CompanyApiClient drift = new CompanyApiClient(port,
                apiTokens.tokenFor(feed.company().id(), Set.of(feed.company().account(1).id()), ApiScope.DASHBOARD_READ));
        TestCompany other = mother.company("Lager");
        CompanyApiClient others = new CompanyApiClient(port, apiTokens.tokenFor(other.id(), ApiScope.values()));
        String period = "/api/v1/usage?from=" + month + "&to=" + month;

        assertThat(drift.get(period).<List<Integer>>json("$.items[*].subscriptionId")).isNotEmpty().containsOnly((int) traveller);
        assertThat(drift.get(period + "&subscriptionId=" + fri5).<List<Object>>json("$.items")).isEmpty();
        assertThat(drift.get(period + "&customerNumber=" + feed.company().account(0).number()).<List<Object>>json("$.items")).isEmpty();
        assertThat(api.get(period + "&customerNumber=" + feed.company().account(1).number()).<List<Integer>>json(
                "$.items[*].subscriptionId")).containsOnly((int) traveller);
        assertThat(api.get(period + "&subscriptionId=" + fri5).<List<Integer>>json("$.items[*].subscriptionId")).isNotEmpty()
                .containsOnly((int) fri5);
        Response othersSee = others.get(period + "&limit=500");
        assertThat(othersSee.<List<Integer>>json("$.items[*].subscriptionId")).doesNotContain((int) traveller, (int) fri5);
        assertThat(others.get(period + "&subscriptionId=" + fri5).<List<Object>>json("$.items")).isEmpty();
    }

    @Test
    void badMonthsPeriodsAndCursorsAreProblemsNamingThem() {
        YearMonth now = YearMonth.from(Oslo.today(clock));
        for (String[] call : new String[][] {{"from=2026-13&to=" + now, "from"}, {"from=" + now + "&to=11.2026", "to"},
                {"from=" + now + "&to=" + now.minusMonths(1), "to"}, {"from=" + now.minusMonths(36) + "&to=" + now, "to"},
                {"from=" + now + "&to=" + now.plusMonths(1), "to"}, {"from=" + now + "&to=" + now + "&cursor=eA", "cursor"},
                {"from=" + now + "&to=" + now + "&limit=0", "limit"}}) {
            Response answer = api.get("/api/v1/usage?" + call[0]);
            assertThat(answer.status()).as(call[0]).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.<String>json("$.errors[0].field")).as(call[0]).isEqualTo(call[1]);
        }
        assertThat(api.get("/api/v1/usage?from=" + now.minusMonths(35) + "&to=" + now).status()).as("36 months").isEqualTo(200);
        assertThat(api.get("/api/v1/usage?to=" + now).<List<?>>json("$.items")).as("from left out: the month of to")
                .isEqualTo(api.get("/api/v1/usage?from=" + now + "&to=" + now).<List<?>>json("$.items"));
        assertThat(api.get("/api/v1/usage").<List<?>>json("$.items")).as("both left out: this month")
                .isEqualTo(api.get("/api/v1/usage?from=" + now + "&to=" + now).<List<?>>json("$.items"));
    }

    private static List<Map<String, Object>> all(CompanyApiClient api, String path) {
        Response answer = api.get(path + "&limit=500");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.<Object>json("$.nextCursor")).isNull();
        return answer.json("$.items");
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, long subscriptionId, String kind) {
        return rows.stream().filter(row -> ((Number) row.get("subscriptionId")).longValue() == subscriptionId && row.get("kind").equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " for " + subscriptionId + " in " + rows));
    }

    private static BigDecimal sum(List<Map<String, Object>> rows, String field, java.util.function.Predicate<String> kinds) {
        return rows.stream().filter(row -> kinds.test((String) row.get("kind"))).map(row -> row.get(field)).filter(value -> value != null)
                .map(value -> new BigDecimal(value.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal money(Row row, int cell) {
        return BigDecimal.valueOf(row.getCell(cell).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }
}

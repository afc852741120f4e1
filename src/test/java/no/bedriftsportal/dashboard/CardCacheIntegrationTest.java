package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.billing.ImportPayments;
import no.bedriftsportal.billing.InvoiceFilter;
import no.bedriftsportal.billing.InvoiceSummary;
import no.bedriftsportal.billing.Invoices;
import no.bedriftsportal.billing.RunInvoices;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.database.CompanyDataVersions;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * The card cache on the real database (docs/adr/0012-card-cache.md): a card answers from the cache
 * until the company's data changes, and the first request after an ingest, an invoice run or a
 * payment of that company commits shows the new figure; another company's version stays; two users
 * with different customer numbers never share an entry; the cache never holds more than its maximum.
 * Its own database: an invoice run spans every company, and months are invoiced in order.
 */
@PortalIntegrationTest
@TestPropertySource(properties = {"portal.database.embedded.data-dir=target/test-postgres-card-cache",
        "portal.dashboard.card-cache.max-entries=40"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardCacheIntegrationTest {

    private static final Pattern INVOICE_ROW = Pattern.compile("data-status=\"([A-Z_]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    Clock clock;

    @Autowired
    CardCache cache;

    @Autowired
    CompanyDataVersions versions;

    @Autowired
    RunInvoices runInvoices;

    @Autowired
    Invoices invoices;

    @Autowired
    ImportPayments payments;

    @Autowired
    no.bedriftsportal.subscription.Subscriptions subscriptions;

    @Autowired
    no.bedriftsportal.customer.Companies companies;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    DashboardFeed feed;
    TestCompany other;
    PortalHttpClient admin;

    @BeforeAll
    void feedAndLogIn() throws Exception {
        feed = DashboardFeed.feed(mother, ingest, clock);
        other = mother.company("Lager");
        other.subscriber(0, "FRI_5");
        admin = new PortalHttpClient(port);
        admin.logIn(feed.company().superUser(), outbox);
    }

    @Test
    void aCardAnswersFromTheCacheUntilAnIngestForItsCompanyCommitsAndThenShowsTheNewFigure() throws Exception {
        String d1 = "/dashboard/subscriptions?subscriptions=DAYS_7";
        String before = outsideFixedPrice(admin.getHtmx(d1).body());
        long hits = cache.hits();
        assertThat(outsideFixedPrice(admin.getHtmx(d1).body())).isEqualTo(before).contains(money("46.37"));
        assertThat(cache.hits()).as("the same card again is a hit").isGreaterThan(hits);
        long company = versions.current(feed.company().id());
        long otherCompany = versions.current(other.id());

        ingestFor(feed.basis(), feed.day(), "CONTENT,%s,,2020,NO,,,10.00,25,EasyPark,Parkering");

        assertThat(versions.current(feed.company().id())).isEqualTo(company + 1);
        assertThat(versions.current(other.id())).as("another company's version").isEqualTo(otherCompany);
        long misses = cache.misses();
        assertThat(outsideFixedPrice(admin.getHtmx(d1).body())).as("no stale answer after the commit")
                .contains(money("56.37"));
        assertThat(cache.misses()).as("the answer and the card it shows, each computed once").isEqualTo(misses + 2);
    }

    /** #12.7: a card's answer is sent as it was rendered, per language; a user's panel never is (each opening is audited). */
    @Test
    void aCardsAnswerIsKeptPerLanguageAndAUsersPanelIsNever() {
        PortalHttpClient english = new PortalHttpClient(port);
        english.logIn(feed.company().superUser(), outbox);
        String d2 = "/dashboard/costs?costs=12";
        String norwegian = admin.getHtmx(d2).body();
        long hits = cache.hits();
        assertThat(admin.getHtmx(d2).body()).isEqualTo(norwegian);
        assertThat(cache.hits()).isEqualTo(hits + 1);

        assertThat(english.get("/?lang=en").status()).isEqualTo(200);
        String inEnglish = english.getHtmx(d2).body();
        assertThat(inEnglish).as("not the Norwegian answer kept for the same scope").isNotEqualTo(norwegian)
                .contains("Cost development").doesNotContain("Kostnadsutvikling");
        assertThat(english.getHtmx(d2).body()).isEqualTo(inEnglish);

        String panel = "/dashboard/users?users=THIS_MONTH&user=" + subscriptions.activeToday(feed.company().id(), feed.basis())
                .orElseThrow().id();
        long opened = panelsOpened();
        assertThat(admin.getHtmx(panel).status()).isEqualTo(200);
        assertThat(admin.getHtmx(panel).status()).isEqualTo(200);
        assertThat(panelsOpened()).as("each opening in the audit log").isEqualTo(opened + 2);
    }

    @Test
    void anIngestForAnotherCompanyLeavesTheCardCached() throws Exception {
        String d1 = "/dashboard/subscriptions?subscriptions=DAYS_30";
        Msisdn otherLine = other.subscriber(0, "FRI_5");
        admin.getHtmx(d1);
        long company = versions.current(feed.company().id());
        long otherCompany = versions.current(other.id());

        ingestFor(otherLine, feed.day(), "CONTENT,%s,,2020,NO,,,10.00,25,EasyPark,Parkering");

        assertThat(versions.current(other.id())).isEqualTo(otherCompany + 1);
        assertThat(versions.current(feed.company().id())).isEqualTo(company);
        long hits = cache.hits();
        admin.getHtmx(d1);
        assertThat(cache.hits()).isEqualTo(hits + 1);
    }

    @Test
    void anInvoiceRunAndAPaymentShowOnTheInvoiceCardAtOnce() throws Exception {
        TestCompany company = mother.companyWithPaymentTerms(45, "Salg");
        Msisdn superUser = company.superUser();
        YearMonth lastMonth = YearMonth.from(Oslo.today(clock)).minusMonths(1);
        ingestFor(superUser, lastMonth.atDay(4), "CONTENT,%s,,2020,NO,,,45.00,25,EasyPark,Parkering");
        PortalHttpClient http = new PortalHttpClient(port);
        http.logIn(superUser, outbox);
        assertThat(statuses(http.get("/").body())).as("nothing invoiced yet").isEmpty();
        assertThat(statuses(http.get("/").body())).isEmpty();
        long version = versions.current(company.id());

        runInvoices.run(lastMonth);

        assertThat(versions.current(company.id())).isGreaterThan(version);
        assertThat(statuses(http.get("/").body())).as("the new invoice, right after the run").containsExactly("NEW");
        InvoiceSummary invoice = invoices.list(AccessScope.wholeCompany(company.id()), InvoiceFilter.all()).get(0);
        assertThat(statuses(http.get("/").body())).containsExactly("NEW");
        version = versions.current(company.id());

        payments.register(invoice.number(), invoice.total(), Oslo.today(clock), "card-cache-" + invoice.number());

        assertThat(versions.current(company.id())).isEqualTo(version + 1);
        assertThat(statuses(http.get("/").body())).as("paid, right after the payment").containsExactly("PAID");
    }

    @Test
    void aSubscriptionOrANewCustomerNumberRaisesTheVersionOfItsCompanyOnly() {
        long company = versions.current(other.id());
        long feedCompany = versions.current(feed.company().id());

        Msisdn line = other.subscriber(0, "BASIS");   // an employee registered, a subscription activated
        assertThat(versions.current(other.id())).isEqualTo(company + 2);
        subscriptions.changePlan(line.value(), "FRI_5", null);
        assertThat(versions.current(other.id())).isEqualTo(company + 3);
        companies.openCustomerAccount(other.id(), null, "Verksted");
        assertThat(versions.current(other.id())).isEqualTo(company + 4);
        assertThat(versions.current(feed.company().id())).isEqualTo(feedCompany);
    }

    @Test
    void usersWithDifferentCustomerNumbersNeverShareAnEntry() {
        PortalHttpClient salg = new PortalHttpClient(port);
        salg.logIn(feed.company().user(0), outbox);
        PortalHttpClient drift = new PortalHttpClient(port);
        drift.logIn(feed.company().user(1), outbox);
        String d1 = "/dashboard/subscriptions?subscriptions=DAYS_90";

        String salgFirst = salg.getHtmx(d1).body();
        String driftAfter = drift.getHtmx(d1).body();
        String wholeCompany = admin.getHtmx(d1).body();

        assertThat(abroad(salgFirst)).as("Salg has no usage abroad").contains(money("0.00"));
        assertThat(abroad(driftAfter)).as("Drift's traveller, not Salg's cached card").contains(money("42.99"));
        assertThat(outsideFixedPrice(driftAfter)).contains(money("0.00"));
        assertThat(outsideFixedPrice(salgFirst)).doesNotContain(money("0.00"));
        assertThat(abroad(wholeCompany)).contains(money("42.99"));
        assertThat(abroad(salg.getHtmx(d1).body())).as("Salg again, from its own entry").contains(money("0.00"));
    }

    @Test
    void theCacheNeverHoldsMoreThanItsMaximum() {
        for (int i = 0; i < 120; i++) {
            assertThat(admin.getHtmx("/dashboard/users/list?users=THIS_MONTH&userSearch=nobody" + i).status()).isEqualTo(200);
            assertThat(cache.size()).isLessThanOrEqualTo(40);
        }
        assertThat(cache.maxEntries()).isEqualTo(40);
        assertThat(cache.size()).isEqualTo(40);
        assertThat(admin.getHtmx("/dashboard/users/list?users=THIS_MONTH").body()).as("still right after evictions")
                .contains("data-subscription=\"");
    }

    private long panelsOpened() {
        return jdbc.sql("select count(*) from audit_event where company_id = :company and action = 'PERSON_VIEWED'")
                .param("company", feed.company().id()).query(Long.class).single();
    }

    private void ingestFor(Msisdn msisdn, java.time.LocalDate day, String record) throws Exception {
        String at = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.of(day.atTime(11, 0), Oslo.ZONE));
        Path file = Files.createTempFile("card-cache", ".csv");
        Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n"
                + "cache" + System.nanoTime() + "," + msisdn.value() + "," + record.formatted(at) + "\n");
        ingest.ingest(file, file.getFileName().toString(), CdrSource.UPLOAD);
    }

    private static List<String> statuses(String page) {
        int start = page.indexOf("id=\"card-invoices\"");
        if (start < 0) {
            return List.of();
        }
        int next = page.indexOf("id=\"card-", start + 1);
        while (next >= 0 && page.startsWith("id=\"card-invoices", next)) { // the card's own title and back side
            next = page.indexOf("id=\"card-", next + 1);
        }
        int end = next < 0 ? page.length() : next;
        Matcher matcher = INVOICE_ROW.matcher(page.substring(start, end));
        return matcher.results().map(result -> result.group(1)).distinct().toList();
    }

    private static String outsideFixedPrice(String card) {
        return row(card, "data-category=\"outside_fixed_price\"");
    }

    private static String abroad(String card) {
        return row(card, "data-category=\"abroad\"");
    }

    private static String row(String html, String marker) {
        int start = html.indexOf(marker);
        assertThat(start).as(marker).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static String money(String amount) {
        return NorwegianFormat.money(new BigDecimal(amount));
    }
}

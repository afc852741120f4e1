package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
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
import no.bedriftsportal.TestClock;
import no.bedriftsportal.ThisMonthsCdrs;
import no.bedriftsportal.billing.ImportPayments;
import no.bedriftsportal.billing.InvoiceSummary;
import no.bedriftsportal.billing.Invoices;
import no.bedriftsportal.billing.RunInvoices;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * "Krever handling" over HTTP: last month invoiced with 10 days' terms and the clock moved to four
 * days past Salg's due date (unpaid); Drift's invoice paid. This month Datakontroll blocked a Salg
 * user, and Drift has a subscription without a user. The super user sees all four items with their
 * figures and links; a Drift user with the invoices module sees only Drift's; a Salg user with the
 * dashboard only sees no invoice items; a company with nothing to do gets the calm line. Its own
 * database, as invoice runs span all companies and go in month order.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.database.embedded.data-dir=target/test-postgres-attention")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttentionStripIntegrationTest {

    private static final char NBSP = '\u00a0';

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    TestClock clock;

    @Autowired
    RunInvoices runInvoices;

    @Autowired
    Invoices invoices;

    @Autowired
    ImportPayments payments;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    TestCompany company;
    Msisdn superUser;
    Msisdn operationsUser;
    Msisdn salesDashboardUser;
    InvoiceSummary sales;
    LocalDate today;

    @BeforeAll
    void anOverdueInvoiceABlockedUserAndASubscriptionWithoutAUser() {
        clock.reset();
        company = mother.companyWithPaymentTerms(10, "Salg", "Drift");
        superUser = company.superUser();
        Msisdn controlled = company.subscriber(0, "FRI_1"); // 1 GB a month
        subscriptions.setDataControl(controlled.value(), true, Oslo.today(clock).minusYears(1));
        operationsUser = company.userWith(Set.of(PortalModule.INVOICES), 1);
        salesDashboardUser = company.user(0);
        subscriptions.activate(new ActivateSubscription(company.id(), CompanyMother.nextMsisdn().value(), "FRI_5",
                company.account(1).id(), null, Oslo.today(clock).minusYears(1), false, null));

        runInvoices.run(YearMonth.from(Oslo.today(clock)).minusMonths(1));
        List<InvoiceSummary> issued = invoices.list(AccessScope.wholeCompany(company.id()), no.bedriftsportal.billing.InvoiceFilter.all());
        sales = issued.stream().filter(invoice -> invoice.customerAccountId() == company.account(0).id()).findFirst().orElseThrow();
        InvoiceSummary operations = issued.stream().filter(invoice -> invoice.customerAccountId() == company.account(1).id())
                .findFirst().orElseThrow();
        payments.register(operations.number(), operations.total(), Oslo.today(clock), "operations-" + operations.number());

        clock.set(sales.dueDate().plusDays(4).atTime(12, 0).atZone(Oslo.ZONE).toInstant());
        today = Oslo.today(clock);
        ingest.ingest(cdrFile("blocked-1," + controlled.value() + ",DATA,"
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.of(today.atTime(1, 0), Oslo.ZONE))
                + ",,,NO,,1200000000,,,,"), "attention.csv", CdrSource.UPLOAD);
    }

    @AfterAll
    void clockBack() {
        clock.reset();
    }

    @Test
    void theSuperUserSeesTheOverdueInvoiceTheOpenAmountTheBlockedUserAndTheSubscriptionWithoutAUser() {
        String strip = strip(signedIn(superUser).get("/").body());
        InvoiceSummary overdue = invoices.summary(AccessScope.wholeCompany(company.id()), sales.id()).orElseThrow();

        assertThat(ChronoUnit.DAYS.between(overdue.dueDate(), today)).isEqualTo(4);
        assertThat(item(strip, "overdue-invoice")).contains("href=\"/invoices/" + sales.id() + "\"",
                "Faktura " + sales.number() + " er forfalt: " + NorwegianFormat.money(overdue.remaining()) + " ubetalt, 4 dager over forfall");
        assertThat(strip.indexOf("overdue-invoice")).as("the overdue invoice first").isLessThan(strip.indexOf("open-amount"));
        assertThat(item(strip, "open-amount")).contains("href=\"/invoices\"",
                "Åpent beløp " + NorwegianFormat.money(overdue.remaining()) + " på 1 faktura");
        assertThat(item(strip, "blocked-users")).contains("href=\"/?users=THIS_MONTH&amp;userShow=BLOCKED#card-users\"",
                "1 bruker sperret av Datakontroll denne måneden");
        assertThat(item(strip, "subscriptions-without-user")).contains("href=\"/?users=THIS_MONTH&amp;userShow=NO_USER#card-users\"",
                "1 abonnement uten bruker");
        assertThat(strip).doesNotContain("attention-calm");
    }

    @Test
    void theInvoiceCardListsTheOverdueInvoiceFirstAndHowToPayIt() {
        String page = signedIn(superUser).get("/").body();
        String card = page.substring(page.indexOf("id=\"card-invoices\""));

        assertThat(card.indexOf("data-invoice-number=")).isEqualTo(card.indexOf("data-invoice-number=\"" + sales.number() + "\""));
        assertThat(card).contains("data-invoice-number=\"" + sales.number() + "\" data-status=\"OVERDUE\"",
                "id=\"card-invoices-kid-" + sales.number() + "\">" + sales.kid() + "<");
    }

    @Test
    void theLinksShowJustTheUsersTheyCount() {
        PortalHttpClient admin = signedIn(superUser);
        String blocked = admin.getHtmx("/dashboard/users/list?users=THIS_MONTH&userShow=BLOCKED").body();
        String withoutUser = admin.getHtmx("/dashboard/users/list?users=THIS_MONTH&userShow=NO_USER").body();

        assertThat(count(blocked, "<tr data-subscription=")).isEqualTo(1);
        assertThat(count(withoutUser, "<tr data-subscription=")).isEqualTo(1);
        assertThat(admin.get("/?users=THIS_MONTH&userShow=BLOCKED").body())
                .contains("<option value=\"BLOCKED\" selected>Sperret av Datakontroll</option>");
    }

    @Test
    void aUserLimitedToOneCustomerNumberSeesOnlyItsItems() {
        String operations = strip(signedIn(operationsUser).get("/").body());
        assertThat(operations).contains("data-attention=\"subscriptions-without-user\"")
                .doesNotContain("overdue-invoice", "open-amount", "blocked-users");

        String salesDashboardOnly = strip(signedIn(salesDashboardUser).get("/").body());
        assertThat(salesDashboardOnly).as("no invoices module: no invoice items")
                .contains("data-attention=\"blocked-users\"")
                .doesNotContain("overdue-invoice", "open-amount", "subscriptions-without-user");
    }

    @Test
    void nothingToDoIsSaidCalmly() {
        TestCompany calm = mother.company("Alt i orden");
        // savings advice (#18.1): a line that is cheapest on its own plan, used this month (an unused one is advice to act on)
        Msisdn calmUser = calm.superUserOn("BASIS");
        // invoice control (#14.2): its one subscription has had its profile chosen, so it is not "NY!" (a choice later than
        // any the test clock may make: the activation's is made by the application clock, which may be years ahead)
        jdbc.sql("""
                insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, assigned_by)
                select company_id, subscription_id, timestamptz '2999-01-01 00:00:00+00', 'NO_PROFILE', 'test' from subscription
                where company_id = :companyId""").param("companyId", calm.id()).update();
        ThisMonthsCdrs.ingest(ingest, "calm-" + calmUser.value() + ".csv", "calm-" + java.util.UUID.randomUUID() + ","
                + calmUser.value() + ",VOICE," + ThisMonthsCdrs.start(clock) + ",MO,+4722334455,NO,60,,,,,\n");
        String strip = strip(signedIn(calmUser).get("/").body());

        assertThat(strip).contains("id=\"attention-calm\"", "Ingenting krever handling nå").doesNotContain("<ul");
    }

    private PortalHttpClient signedIn(Msisdn msisdn) {
        PortalHttpClient client = new PortalHttpClient(port);
        client.logIn(msisdn, outbox);
        return client;
    }

    private static String strip(String html) {
        int start = html.indexOf("<section class=\"attention\"");
        assertThat(start).as("the strip").isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static String item(String strip, String key) {
        int start = strip.indexOf("data-attention=\"" + key + "\"");
        assertThat(start).as(key).isNotNegative();
        return strip.substring(start, strip.indexOf("</li>", start));
    }

    private static int count(String html, String marker) {
        int count = 0;
        for (int at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at + 1)) {
            count++;
        }
        return count;
    }

    private static Path cdrFile(String... records) {
        try {
            Path file = Files.createTempFile("cdr", ".csv");
            Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                    + "amount_nok,vat_rate,provider,description\n" + String.join("\n", records) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

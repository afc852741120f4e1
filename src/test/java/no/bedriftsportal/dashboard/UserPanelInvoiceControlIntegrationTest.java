package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.costsharing.EmployeeOverview;
import no.bedriftsportal.costsharing.SubscriptionOverview;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiScope;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * D6's last sentence (#14.8): the user panel of a user with invoice control (a profile in force this
 * month) shows, to a user granted Fakturakontroll, the month's content purchases with their
 * classification (work ones marked, never the other party's number) and the employee's estimate
 * computed as the monthly results are, with links to the employee; not to a user without the
 * module, and not for a subscription with No profile. The company API's …/this-month says the same.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserPanelInvoiceControlIntegrationTest {

    private static final String OTHER_PARTY = "41998877";

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    ApiTokenMother tokens;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    EmployeeOverview overview;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    SmsOutbox outbox;

    TestCompany company;
    Msisdn kari;
    Msisdn ola;
    long kariSubscription;
    long olaSubscription;
    long kariEmployee;
    YearMonth month;
    LocalDate purchaseDay;

    @BeforeAll
    void kariWithAProfileAndOlaWithout() throws IOException {
        clock.reset();
        company = mother.company("Salg", "Drift");
        kari = company.subscriber(0, "FRI_5", "Kari Kontroll");
        ola = company.subscriber(0, "FRI_5", "Ola Uten");
        kariSubscription = subscriptionOf(kari);
        olaSubscription = subscriptionOf(ola);
        kariEmployee = jdbc.sql("select employee_id from subscription where subscription_id = :s").param("s", kariSubscription)
                .query(Long.class).single();
        Instant now = clock.instant();
        month = Oslo.monthOf(now);
        long profile = profile(company.id(), "Privat betales selv", now.minusSeconds(30L * 86_400));
        assign(kariSubscription, "PROFILE", profile, now.minusSeconds(86_400));
        assign(olaSubscription, "NO_PROFILE", null, now.minusSeconds(86_400));
        jdbc.sql("""
                insert into salary_deduction_agreement (company_id, employee_id, signed_on, recorded_at, recorded_by)
                values (:c, :e, :d, now(), 'Test')""")
                .param("c", company.id()).param("e", kariEmployee).param("d", Oslo.today(clock).minusMonths(2)).update();
        // within this month even minutes after it began (the clock matrix's New Year)
        Instant monthStart = Oslo.startOf(month.atDay(1));
        Instant first = latest(now.minusSeconds(2 * 3600), monthStart.plusSeconds(60));
        Instant second = latest(now.minusSeconds(3600), monthStart.plusSeconds(120));
        purchaseDay = Oslo.dateOf(first);
        Path file = Files.createTempFile("panel-content", ".csv");
        Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n"
                + "pic-" + company.id() + "-1," + kari.value() + ",CONTENT," + time(first) + ",," + OTHER_PARTY
                + ",NO,,,80.00,25,Strex,Parkering Aker Brygge\n"
                + "pic-" + company.id() + "-2," + kari.value() + ",CONTENT," + time(second) + ",," + OTHER_PARTY
                + ",NO,,,200.00,25,Vipps,Kinobilletter\n"
                + "pic-" + company.id() + "-3," + ola.value() + ",CONTENT," + time(second) + ",," + OTHER_PARTY
                + ",NO,,,40.00,25,Strex,Bompenger Ola\n");
        ingest.ingest(file, "panel-content-" + company.id() + ".csv", CdrSource.UPLOAD);
        jdbc.sql("""
                insert into content_classification (company_id, cdr_id, piece, subscription_id, start_time, classification,
                        classified_at, classified_by, classified_by_name)
                values (:c, :cdr, 0, :s, :at, 'WORK', now(), 'EMPLOYEE', 'Kari Kontroll')""")
                .param("c", company.id()).param("cdr", "pic-" + company.id() + "-1").param("s", kariSubscription)
                .param("at", Timestamp.from(first)).update();
    }

    @Test
    void theReadApiGivesThePurchasesWithTheirClassificationAndTheEstimateComputedAsTheResultsAre() {
        SubscriptionOverview kariMonth = overview.forSubscription(AccessScope.wholeCompany(company.id()), kariSubscription, month)
                .orElseThrow();

        assertThat(kariMonth.invoiceControl()).isTrue();
        assertThat(kariMonth.profileName()).isEqualTo("Privat betales selv");
        assertThat(kariMonth.purchases()).extracting(SubscriptionOverview.Purchase::what, p -> p.gross().toPlainString(),
                        SubscriptionOverview.Purchase::classification)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Parkering Aker Brygge (Strex)", "100.00",
                                no.bedriftsportal.costsharing.Classification.WORK),
                        org.assertj.core.groups.Tuple.tuple("Kinobilletter (Vipps)", "250.00", null));
        assertThat(kariMonth.workTotal()).isEqualByComparingTo("100.00");
        // DEDUCT_ALL_PRIVATE with an agreement: the unclassified 250 kr counts as private (the settings), the work one not;
        // no traffic and no invoiced fee yet this month
        assertThat(kariMonth.estimate().deduction()).isEqualByComparingTo("250.00");
        assertThat(kariMonth.estimate().benefit()).isEqualByComparingTo("0.00");
        assertThat(kariMonth.employeeHref()).isEqualTo("/invoice-control/employees/" + kariEmployee);
        assertThat(kariMonth.deadline()).isEqualTo(month.plusMonths(1).atDay(10));

        SubscriptionOverview olaMonth = overview.forSubscription(AccessScope.wholeCompany(company.id()), olaSubscription, month)
                .orElseThrow();
        assertThat(olaMonth.invoiceControl()).isFalse();
        assertThat(olaMonth.purchases()).isEmpty();
        assertThat(olaMonth.estimate()).isNull();

        // another customer number, another company: not found
        assertThat(overview.forSubscription(new AccessScope(company.id(), java.util.Set.of(company.account(1).id())),
                kariSubscription, month)).isEmpty();
        assertThat(overview.forSubscription(AccessScope.wholeCompany(mother.company().id()), kariSubscription, month)).isEmpty();
    }

    @Test
    void thePanelShowsTheMonthsPurchasesAndTheEstimateToAUserGrantedInvoiceControl() {
        SubscriptionOverview.Estimate estimate = overview.forSubscription(AccessScope.wholeCompany(company.id()), kariSubscription,
                month).orElseThrow().estimate();
        PortalHttpClient admin = signedIn(company.superUser());

        PortalHttpClient.Page panel = admin.getHtmx("/dashboard/users/" + kariSubscription + "?users=THIS_MONTH");

        assertThat(panel.status()).isEqualTo(200);
        String html = panel.body();
        assertThat(html).contains("id=\"user-invoice-control\"", "Fakturakontroll", "Profil: Privat betales selv",
                "Foreløpig for " + monthName(),
                "Trekk i lønn", NorwegianFormat.money(estimate.deduction()),
                "Skattepliktig fordel", NorwegianFormat.money(estimate.benefit()),
                "Innholdstjenester i " + monthName(),
                "Parkering Aker Brygge (Strex)", NorwegianFormat.money(new BigDecimal("100.00")),
                "Kinobilletter (Vipps)", NorwegianFormat.money(new BigDecimal("250.00")),
                NorwegianFormat.date(purchaseDay),
                "Rapportert som jobb: 1 kjøp, " + NorwegianFormat.money(new BigDecimal("100.00")),
                "<span class=\"tag tag--work\">Jobb</span>",
                "Ikke klassifisert",
                "teller som privat etter fristen " + NorwegianFormat.date(month.plusMonths(1).atDay(10)),
                "href=\"/invoice-control/employees/" + kariEmployee + "\"", "Se Kari Kontroll i Fakturakontroll");
        assertThat(html).doesNotContain(OTHER_PARTY, "Bompenger Ola");
        // the panel's own sections are all still there
        assertThat(html).contains("id=\"chart-user-trend\"", "user-panel__privacy");
    }

    @Test
    void aUserWithoutInvoiceControlSeesNoSectionAndNeitherDoesASubscriptionWithNoProfile() {
        PortalHttpClient dashboardOnly = signedIn(company.user(0));
        PortalHttpClient.Page withoutModule = dashboardOnly.getHtmx("/dashboard/users/" + kariSubscription + "?users=THIS_MONTH");
        assertThat(withoutModule.status()).isEqualTo(200);
        assertThat(withoutModule.body()).contains("Kari Kontroll").doesNotContain("user-invoice-control", "Parkering Aker Brygge",
                "Foreløpig for");

        PortalHttpClient admin = signedIn(company.superUser());
        PortalHttpClient.Page noProfile = admin.getHtmx("/dashboard/users/" + olaSubscription + "?users=THIS_MONTH");
        assertThat(noProfile.status()).isEqualTo(200);
        assertThat(noProfile.body()).contains("Ola Uten").doesNotContain("user-invoice-control", "Bompenger Ola", "Foreløpig for");
    }

    @Test
    void theCompanyApiGivesTheSubscriptionsMonthWithTheReadScopeWithinTheTokensCustomerNumbers() {
        CompanyApiClient reader = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.INVOICE_CONTROL_READ));
        CompanyApiClient.Response kariMonth = reader.get("/api/v1/invoice-control/subscriptions/" + kariSubscription + "/this-month");

        assertThat(kariMonth.status()).isEqualTo(200);
        assertThat((Boolean) kariMonth.json("$.invoiceControl")).isTrue();
        assertThat((String) kariMonth.json("$.month")).isEqualTo(month.toString());
        assertThat((String) kariMonth.json("$.choice")).isEqualTo("PROFILE");
        assertThat((String) kariMonth.json("$.profileName")).isEqualTo("Privat betales selv");
        assertThat((List<String>) kariMonth.json("$.purchases[*].gross")).containsExactly("100.00", "250.00");
        assertThat((List<String>) kariMonth.json("$.purchases[*].classification")).containsExactly("WORK", null);
        assertThat((String) kariMonth.json("$.unclassifiedAs")).isEqualTo("PRIVATE");
        SubscriptionOverview.Estimate estimate = overview.forSubscription(AccessScope.wholeCompany(company.id()), kariSubscription,
                month).orElseThrow().estimate();
        assertThat((String) kariMonth.json("$.estimate.deduction")).isEqualTo("250.00").isEqualTo(estimate.deduction().toPlainString());
        assertThat((String) kariMonth.json("$.estimate.benefit")).isEqualTo("0.00");
        assertThat(kariMonth.body()).doesNotContain(OTHER_PARTY);

        CompanyApiClient.Response olaMonth = reader.get("/api/v1/invoice-control/subscriptions/" + olaSubscription + "/this-month");
        assertThat(olaMonth.status()).isEqualTo(200);
        assertThat((Boolean) olaMonth.json("$.invoiceControl")).isFalse();
        assertThat((String) olaMonth.json("$.choice")).isEqualTo("NO_PROFILE");
        assertThat((List<Object>) olaMonth.json("$.purchases")).isEmpty();

        CompanyApiClient otherNumbers = new CompanyApiClient(port, tokens.tokenFor(company.id(), java.util.Set.of(company.account(1).id()),
                ApiScope.INVOICE_CONTROL_READ));
        assertThat(otherNumbers.get("/api/v1/invoice-control/subscriptions/" + kariSubscription + "/this-month").status())
                .isEqualTo(404);
        CompanyApiClient dashboardToken = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));
        assertThat(dashboardToken.get("/api/v1/invoice-control/subscriptions/" + kariSubscription + "/this-month").status())
                .isEqualTo(403);
    }

    private String monthName() {
        return DateTimeFormatter.ofPattern("LLLL yyyy", java.util.Locale.forLanguageTag("nb")).format(month);
    }

    private static String time(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.ofInstant(at, Oslo.ZONE));
    }

    private long subscriptionOf(Msisdn msisdn) {
        return jdbc.sql("select subscription_id from subscription where msisdn = :m").param("m", msisdn.value())
                .query(Long.class).single();
    }

    private long profile(long companyId, String name, Instant savedAt) {
        long id = jdbc.sql("insert into costsharing_profile (company_id, created_at) values (:c, :at) returning profile_id")
                .param("c", companyId).param("at", Timestamp.from(savedAt)).query(Long.class).single();
        jdbc.sql("""
                insert into costsharing_profile_version (company_id, profile_id, version, saved_at, saved_by, name, content_rule,
                        data_control, buy_by_salary, buy_by_vipps, traffic_rules, free_amount)
                values (:c, :p, 1, :at, 'Test', :name, 'DEDUCT_ALL_PRIVATE', false, true, true, '{}', 0)""")
                .param("c", companyId).param("p", id).param("at", Timestamp.from(savedAt)).param("name", name).update();
        return id;
    }

    private void assign(long subscriptionId, String choice, Long profileId, Instant at) {
        jdbc.sql("""
                insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, profile_id, assigned_by)
                values (:c, :s, :at, :choice, :p, 'Test')""")
                .param("c", company.id()).param("s", subscriptionId).param("at", Timestamp.from(at)).param("choice", choice)
                .param("p", profileId).update();
    }

    private final Map<Msisdn, PortalHttpClient> sessions = new HashMap<>();

    private PortalHttpClient signedIn(Msisdn msisdn) {
        return sessions.computeIfAbsent(msisdn, number -> {
            PortalHttpClient client = new PortalHttpClient(port);
            client.logIn(number, outbox);
            return client;
        });
    }

    private static Instant latest(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }
}

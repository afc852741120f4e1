package no.bedriftsportal.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.demo.vipps.VippsSimulator;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.api.ApiScope;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Extra packages an employee orders on their own page (#15.6), through the pages and the Vipps
 * simulator over real HTTP: by salary deduction only with the profile's leave and an agreement on
 * file; with Vipps only with the profile's leave, the package bought when the payment is captured
 * (once, with payer VIPPS: never on the invoice), and nothing bought when it is rejected.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnExtraDataIntegrationTest {

    private static final String IC = "/api/v1/invoice-control";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    ApiTokenMother tokens;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VippsSimulator simulator;

    TestCompany company;
    Msisdn kari;
    Msisdn per;
    Msisdn lise;
    long kariSubscription;
    final Map<Msisdn, PortalHttpClient> sessions = new java.util.HashMap<>();

    @BeforeAll
    void aProfileThatLetsEmployeesBuyAndTwoEmployeesOneWithAnAgreement() {
        company = mother.company("Salg");
        kari = company.subscriber(0, "FRI_5", "Kari Kjøper");
        per = company.subscriber(0, "FRI_5", "Per Uten Avtale");
        lise = company.subscriber(0, "FRI_5", "Lise Uten Profil");
        CompanyApiClient api = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.INVOICE_CONTROL_READ,
                ApiScope.INVOICE_CONTROL_MANAGE));
        CompanyApiClient.Response created = api.exchange("POST", IC + "/profiles", """
                {"name": "Kjøper selv", "contentRule": "BENEFIT", "buyBySalary": true, "buyByVipps": true, "freeAmount": "0.00"}""");
        assertThat(created.status()).isEqualTo(201);
        long profile = ((Number) created.json("$.id")).longValue();
        for (Msisdn employee : List.of(kari, per)) {
            long subscription = subscriptions.activeToday(company.id(), employee).orElseThrow().id();
            assertThat(api.exchange("PUT", IC + "/subscriptions/" + subscription + "/profile",
                    "{\"choice\": \"PROFILE\", \"profileId\": " + profile + "}").status()).isEqualTo(200);
        }
        kariSubscription = subscriptions.activeToday(company.id(), kari).orElseThrow().id();
        long kariEmployee = subscriptions.activeToday(company.id(), kari).orElseThrow().employeeId();
        assertThat(api.exchange("PUT", IC + "/employees/" + kariEmployee + "/agreement", "{\"signedOn\": \"2026-01-05\"}").status())
                .isEqualTo(200);
    }

    @BeforeEach
    void simulatorAsUsual() {
        simulator.reset();
    }

    @Test
    void byAgreementAndProfileAnEmployeeBuysBySalaryAtOnce() {
        PortalHttpClient employee = signedIn(kari);
        Page page = employee.get("/me/data");
        assertThat(page.body()).contains("data-offer=\"EXTRA_5\"", "248,75", "data-pay=\"SALARY\"", "data-pay=\"VIPPS\"");

        Page bought = employee.post("/me/data/salary", Map.of("subscription", String.valueOf(kariSubscription), "code", "EXTRA_1"));
        assertThat(bought.status()).isEqualTo(302);
        assertThat(purchases(kariSubscription, "SALARY")).isEqualTo(1);
        assertThat(employee.get(bought.location()).body()).contains("data-ordered=\"EXTRA_1\"", "data-payer=\"SALARY\"");
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :c and action = 'EXTRA_PACKAGE_ORDERED'")
                .param("c", company.id()).query(Long.class).single()).isPositive();
    }

    @Test
    void withoutAnAgreementSalaryIsNeitherOfferedNorTaken() {
        PortalHttpClient employee = signedIn(per);
        long subscription = subscriptions.activeToday(company.id(), per).orElseThrow().id();
        Page page = employee.get("/me/data");
        assertThat(page.body()).contains("data-no-agreement", "data-pay=\"VIPPS\"").doesNotContain("data-pay=\"SALARY\"");
        Page refused = employee.post("/me/data/salary", Map.of("subscription", String.valueOf(subscription), "code", "EXTRA_1"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("signert avtale om trekk i lønn");
        assertThat(purchases(subscription, "SALARY")).isZero();
    }

    @Test
    void withoutAProfileNothingIsOffered() {
        PortalHttpClient employee = signedIn(lise);
        long subscription = subscriptions.activeToday(company.id(), lise).orElseThrow().id();
        assertThat(employee.get("/me/data").body()).contains("data-no-order").doesNotContain("data-pay=");
        assertThat(employee.post("/me/data/vipps", Map.of("subscription", String.valueOf(subscription), "code", "EXTRA_5")).status())
                .isEqualTo(400);
    }

    @Test
    void anApprovedVippsPaymentBuysThePackageOnceAndARejectedOneNothing() throws Exception {
        PortalHttpClient employee = signedIn(kari);
        employee.get("/me/data");
        String reference = startVipps(employee, "EXTRA_5");
        String landing = landing(employee, reference);
        assertThat(get(landing).body()).contains("248,75");
        simulator.webhooks(VippsSimulator.Webhooks.TWICE);
        simulator.answer(reference, true);
        await(() -> purchases(kariSubscription, "VIPPS") == 1);
        Page back = employee.get("/me/data/vipps?reference=" + reference);
        assertThat(back.body()).contains("data-payment-state=\"CAPTURED\"", "Ekstrapakken er aktivert");
        Page asked = employee.getHtmx("/me/data/vipps?reference=" + reference);
        assertThat(asked.body().strip()).as("htmx asks again for the fragment only").startsWith("<div id=\"vipps-payment\"")
                .contains("data-payment-state=\"CAPTURED\"").doesNotContain("<html", "hx-trigger");
        Thread.sleep(300); // the second webhook of each kind has arrived by now
        assertThat(purchases(kariSubscription, "VIPPS")).as("one package per payment, however often it is announced").isEqualTo(1);

        employee.get("/me/data");
        String rejected = startVipps(employee, "EXTRA_15");
        simulator.answer(rejected, false);
        Page after = employee.get("/me/data/vipps?reference=" + rejected);
        assertThat(after.body()).contains("data-payment-state=\"ABORTED\"", "Ingen pakke er kjøpt");
        assertThat(purchases(kariSubscription, "VIPPS")).isEqualTo(1);
    }

    @Test
    void anEmployeeNeverSeesAnotherEmployeesPayment() throws Exception {
        PortalHttpClient kariSession = signedIn(kari);
        kariSession.get("/me/data");
        String reference = startVipps(kariSession, "EXTRA_1");
        PortalHttpClient perSession = signedIn(per);
        assertThat(perSession.get("/me/data/vipps?reference=" + reference).status()).isEqualTo(404);
        assertThat(perSession.get("/me/data/vipps/go?reference=" + reference).status()).isEqualTo(404);
        assertThat(perSession.get("/me/data?subscription=" + kariSubscription).status()).isEqualTo(404);
    }

    private String startVipps(PortalHttpClient employee, String code) {
        Page started = employee.post("/me/data/vipps", Map.of("subscription", String.valueOf(kariSubscription), "code", code));
        assertThat(started.status()).isEqualTo(302);
        Matcher matcher = Pattern.compile("reference=([A-Za-z0-9-]+)").matcher(started.location());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** The hop page of ours names the Vipps landing page. */
    private String landing(PortalHttpClient employee, String reference) {
        Page hop = employee.get("/me/data/vipps/go?reference=" + reference);
        assertThat(hop.status()).isEqualTo(200);
        Matcher href = Pattern.compile("<a class=\"button\" href=\"([^\"]+)\" data-to-vipps").matcher(hop.body());
        assertThat(href.find()).as(hop.body()).isTrue();
        return href.group(1).replace("&amp;", "&");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int purchases(long subscriptionId, String payer) {
        return jdbc.sql("select count(*) from extra_package_purchase where company_id = :c and subscription_id = :s and payer = :p")
                .param("c", company.id()).param("s", subscriptionId).param("p", payer).query(Integer.class).single();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(50);
        }
    }

    private PortalHttpClient signedIn(Msisdn msisdn) {
        return sessions.computeIfAbsent(msisdn, number -> {
            PortalHttpClient client = new PortalHttpClient(port);
            client.logIn(number, outbox);
            return client;
        });
    }
}

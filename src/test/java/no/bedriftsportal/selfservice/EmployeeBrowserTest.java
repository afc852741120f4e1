package no.bedriftsportal.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.Accessibility;
import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.Chromium;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.Layout;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.billing.RunInvoices;
import no.bedriftsportal.demo.vipps.VippsSimulator;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiScope;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * The employee's side (#15) as a person clicks through it in Chromium, against the real portal and
 * PostgreSQL: an employee without portal access lands on "Min side" with only their own menu; they
 * classify an invoiced month's content purchases and see the deduction follow COST-SHARING.md's
 * threshold rule; the month closes after the 10th of the next month (Oslo); an administrator who
 * holds a subscription switches sides; an extra package is paid with Vipps through the simulator's
 * landing page (approved, then rejected); and every employee page fits a phone and a desktop and
 * passes axe.
 *
 * <p>On its own database: the invoice run spans all companies and goes in month order. On a fixed
 * port, so that {@code portal.base-url} (where Vipps sends the payer back) is this server.
 *
 * <p>The fixture: October 2026, Kari's profile "Over grensen trekkes" (content
 * {@code DEDUCT_ABOVE_THRESHOLD}, nothing else; buying by salary and Vipps allowed) saved and
 * chosen on 1 October, an agreement, an opening balance of 950.00 private content earlier in 2026,
 * and three content purchases in October — 20.00, 100.00 and 50.00 gross; October invoiced on
 * 3 November. Ola, without a profile, has one purchase in October: the deadline test is his.
 */
@PortalIntegrationTest
@TestPropertySource(properties = {"portal.database.embedded.data-dir=target/test-postgres-employee-browser",
        "portal.login.max-codes-per-number-per-hour=1000", "portal.login.global-max-codes-per-number-per-hour=1000"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployeeBrowserTest {

    private static final String IC = "/api/v1/invoice-control";
    private static final int PORT = freePort();
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    /** Tuesday 3 November 2026, 10:00 in Oslo: October is invoiced and its purchases may still be marked. */
    private static final Instant NOVEMBER_3 = Instant.parse("2026-11-03T09:00:00Z");
    private static final BigDecimal OPENING_BALANCE = new BigDecimal("950.00");
    private static final BigDecimal THRESHOLD = new BigDecimal("1000.00");
    /** Gross = ex + VAT rounded half up: 16.00 at 25 % → 20.00; 100.00 at 0 % → 100.00; 40.00 at 25 % → 50.00. */
    private static final BigDecimal PARKING = new BigDecimal("20.00");
    private static final BigDecimal DONATION = new BigDecimal("100.00");
    private static final BigDecimal TICKET = new BigDecimal("50.00");

    @DynamicPropertySource
    static void onAPortKnownBeforeStart(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("portal.base-url", () -> "http://localhost:" + PORT);
    }

    @Autowired
    CompanyMother mother;

    @Autowired
    ApiTokenMother tokens;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    RunInvoices runInvoices;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    VippsSimulator simulator;

    @Autowired
    TestClock clock;

    Msisdn kari;
    Msisdn ola;
    Msisdn admin;
    String donationCdr;
    WebDriver browser;

    @BeforeAll
    void karisProfileAgreementAndOctoberInvoiced() throws IOException {
        clock.set(Instant.parse("2026-10-01T06:00:00Z")); // the rules in force for October are saved before 1 November
        TestCompany company = mother.company("Salg");
        kari = company.subscriber(0, "FRI_5", "Kari Ansatt");
        ola = company.subscriber(0, "FRI_5", "Ola Frist");
        admin = company.superUser();
        CompanyApiClient api = new CompanyApiClient(PORT, tokens.tokenFor(company.id(), ApiScope.INVOICE_CONTROL_READ,
                ApiScope.INVOICE_CONTROL_MANAGE));
        CompanyApiClient.Response created = api.exchange("POST", IC + "/profiles", """
                {"name": "Over grensen trekkes", "contentRule": "DEDUCT_ABOVE_THRESHOLD", "buyBySalary": true,
                 "buyByVipps": true, "freeAmount": "0.00"}""");
        assertThat(created.status()).isEqualTo(201);
        long profile = ((Number) created.json("$.id")).longValue();
        var line = subscriptions.activeToday(company.id(), kari).orElseThrow();
        assertThat(api.exchange("PUT", IC + "/subscriptions/" + line.id() + "/profile",
                "{\"choice\": \"PROFILE\", \"profileId\": " + profile + "}").status()).isEqualTo(200);
        assertThat(api.exchange("PUT", IC + "/employees/" + line.employeeId() + "/agreement", "{\"signedOn\": \"2026-01-05\"}")
                .status()).isEqualTo(200);
        assertThat(api.exchange("PUT", IC + "/employees/" + line.employeeId() + "/opening-balances/2026",
                "{\"amount\": \"" + OPENING_BALANCE.toPlainString() + "\"}").status()).isEqualTo(200);

        clock.set(NOVEMBER_3);
        String prefix = "eb-" + company.id() + "-";
        donationCdr = prefix + "donation";
        Path file = Files.createTempFile("employee-browser", ".csv");
        Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n"
                + prefix + "parking," + kari.value() + ",CONTENT,2026-10-06T08:10:00+02:00,,2020,NO,,,16.00,25,EasyPark,Parkering\n"
                + donationCdr + "," + kari.value() + ",CONTENT,2026-10-13T19:30:00+02:00,,2160,NO,,,100.00,0,Redd Barna,Innsamling\n"
                + prefix + "ticket," + kari.value() + ",CONTENT,2026-10-20T07:45:00+02:00,,2222,NO,,,40.00,25,Ruter,Billett\n"
                + prefix + "ola," + ola.value() + ",CONTENT,2026-10-08T17:00:00+02:00,,2020,NO,,,16.00,25,EasyPark,Parkering\n"
                + prefix + "call," + kari.value() + ",VOICE,2026-10-14T11:00:00+02:00,MO,+4722334455,NO,125,,,,,\n");
        ingest.ingest(file, "employee-browser-" + company.id() + ".csv", CdrSource.UPLOAD);
        runInvoices.run(OCTOBER);
    }

    @BeforeEach
    void novemberThirdAndASimulatorAsUsual() {
        clock.set(NOVEMBER_3);
        simulator.reset();
    }

    @AfterEach
    void closeBrowserAndResetTheClock() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        clock.reset();
    }

    @AfterAll
    void clockBack() {
        clock.reset();
    }

    @Test
    void anEmployeeWithoutPortalAccessLandsOnMinSideWithOnlyTheirOwnMenu() {
        browser = Chromium.start(1280, 900);
        logIn(kari);

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/me"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Min side");
        assertThat(menu()).containsExactly("Min side", "Innholdstjenester", "Ekstra data", "Samtaler og meldinger");
        assertThat(browser.findElements(By.cssSelector("form[action='/switch-side']"))).as("no administration to switch to").isEmpty();
        assertThat(browser.findElements(By.cssSelector("a[href='/invoices'], a[href='/settings/access'], a[href^='/invoice-control']")))
                .isEmpty();
    }

    @Test
    void anEmployeeMarksAPurchaseThenAllAsPrivateAndTheDeductionFollowsTheThresholdRule() {
        browser = Chromium.start(1280, 900);
        logIn(kari);
        browser.get(url("/me/content?month=" + OCTOBER));

        assertThat(browser.findElement(By.cssSelector("[data-deadline]")).getAttribute("data-deadline")).isEqualTo("open");
        assertThat(browser.findElements(By.cssSelector("tr[data-purchase]"))).hasSize(3);
        BigDecimal allPrivate = PARKING.add(DONATION).add(TICKET);
        assertThat(total("deduction")).as("preliminary: the unmarked purchases count as private")
                .isEqualByComparingTo(aboveThreshold(allPrivate)).isEqualByComparingTo("120.00");

        browser.findElement(By.cssSelector("tr[data-purchase='" + donationCdr + "/0'] input[value=WORK]")).click();
        clickAndAwaitNewPage(By.cssSelector("[data-save]"));

        assertThat(browser.findElement(By.cssSelector("[data-saved]")).getText()).isEqualTo("1 kjøp endret. Beregningen er oppdatert.");
        assertThat(browser.findElement(By.cssSelector("tr[data-purchase='" + donationCdr + "/0']")).getAttribute("data-classification"))
                .isEqualTo("WORK");
        assertThat(total("deduction")).isEqualByComparingTo(aboveThreshold(PARKING.add(TICKET))).isEqualByComparingTo("20.00");
        assertThat(total("benefit")).isZero();

        clickAndAwaitNewPage(By.cssSelector("[data-all=PRIVATE]"));

        assertThat(browser.findElement(By.cssSelector("[data-saved]")).getText()).isEqualTo("3 kjøp endret. Beregningen er oppdatert.");
        assertThat(browser.findElements(By.cssSelector("tr[data-purchase][data-classification=PRIVATE]"))).hasSize(3);
        assertThat(total("deduction")).isEqualByComparingTo(aboveThreshold(allPrivate)).isEqualByComparingTo("120.00");
        assertThat(total("benefit")).isZero();
    }

    /**
     * Ola's own: a login code sent on 10 November would hold back Kari's next code when a later test
     * puts the clock back to 3 November.
     */
    @Test
    void theMonthIsOpenUntilTheDeadlineDayEndsInOsloAndThenReadOnly() {
        clock.set(Oslo.startOf(OCTOBER.plusMonths(1).atDay(10)).plus(Duration.ofHours(23).plusMinutes(59)));
        browser = Chromium.start(1280, 900);
        logIn(ola);
        browser.get(url("/me/content?month=" + OCTOBER));
        assertThat(browser.findElement(By.cssSelector("[data-deadline]")).getAttribute("data-deadline")).isEqualTo("open");
        assertThat(browser.findElements(By.cssSelector("input[type=radio]"))).hasSize(2);

        clock.set(Oslo.startOf(OCTOBER.plusMonths(1).atDay(11)));
        browser.navigate().refresh();

        WebElement deadline = browser.findElement(By.cssSelector("[data-deadline]"));
        assertThat(deadline.getAttribute("data-deadline")).isEqualTo("closed");
        assertThat(deadline.getText()).startsWith("Fristen var 10.11.2026.");
        assertThat(browser.findElements(By.cssSelector("input[type=radio], [data-save], [data-all]"))).isEmpty();
    }

    @Test
    void anAdministratorWhoHoldsASubscriptionSwitchesToMinSideAndBack() {
        browser = Chromium.start(1280, 900);
        logIn(admin);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");

        browser.findElement(By.xpath("//button[normalize-space()='Min side som ansatt']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/me")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Min side");
        assertThat(menu()).containsExactly("Min side", "Innholdstjenester", "Ekstra data", "Samtaler og meldinger");

        browser.findElement(By.xpath("//button[normalize-space()='Til administrasjonen']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(menu()).contains("Dashboard", "Faktura", "Fakturakontroll", "Innstillinger");
    }

    @Test
    void anExtraPackagePaidWithVippsIsActivatedAndARejectedPaymentBuysNothing() {
        browser = Chromium.start(1280, 900);
        logIn(kari);
        browser.get(url("/me/data"));
        assertThat(browser.findElements(By.cssSelector("[data-bought-none]"))).hasSize(1);

        payWithVipps("EXTRA_5");
        assertThat(browser.findElement(By.id("amount")).getText()).isEqualTo("248,75 kr"); // 199.00 + 25 % VAT
        String landing = browser.getCurrentUrl();
        browser.get(url("/me/data/vipps")); // back in the portal before answering: the page waits for Vipps
        assertThat(browser.findElement(By.cssSelector("[data-payment-state]")).getAttribute("data-payment-state")).isEqualTo("CREATED");
        List<String> waiting = Accessibility.seriousViolations(browser);
        assertThat(waiting).as(String.join("\n", waiting)).isEmpty();
        browser.get(landing);
        browser.findElement(By.xpath("//button[normalize-space()='Godkjenn']")).click();

        assertThat(awaitPaymentState("CAPTURED").getText()).isEqualTo("Betalt. Ekstrapakken er aktivert.");
        List<String> captured = Accessibility.seriousViolations(browser);
        assertThat(captured).as(String.join("\n", captured)).isEmpty();
        clickAndAwaitNewPage(By.linkText("Tilbake til ekstra data"));
        WebElement bought = browser.findElement(By.cssSelector("[data-bought] tr[data-purchase=EXTRA_5]"));
        assertThat(bought.getAttribute("data-payer")).isEqualTo("VIPPS");
        assertThat(bought.getText()).contains("5,0 GB", "Vipps (betalt)");

        payWithVipps("EXTRA_15");
        browser.findElement(By.xpath("//button[normalize-space()='Avbryt']")).click();

        assertThat(awaitPaymentState("ABORTED").getText()).contains("Ingen pakke er kjøpt");
        browser.get(url("/me/data"));
        assertThat(browser.findElements(By.cssSelector("[data-bought] tr[data-purchase]"))).hasSize(1);
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 800", "390, 844"})
    void everyEmployeePageFitsAndPassesAxe(int width, int height) {
        browser = Chromium.start(width, height);
        logIn(kari);
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/me", "/me?period=LAST_MONTH", "/me/content?month=" + OCTOBER, "/me/content", "/me/data",
                "/me/calls?month=" + OCTOBER, "/me/calls")) {
            browser.get(url(path));
            Layout.problems(browser, "main").forEach(problem -> problems.add(path + ": " + problem));
            Accessibility.seriousViolations(browser).forEach(violation -> problems.add(path + ": axe " + violation));
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** Clicks "Betal med Vipps" for the package and follows our hop page to the simulator's landing page. */
    private void payWithVipps(String code) {
        browser.get(url("/me/data"));
        browser.findElement(By.cssSelector("[data-offer=" + code + "] [data-pay=VIPPS]")).click();
        awaitUrl(simulator.baseUrl());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Betal med Vipps");
    }

    /** Submits with the button and waits until the page it leads to has replaced this one. */
    private void clickAndAwaitNewPage(By button) {
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
    }

    private void awaitUrl(String prefix) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(prefix)));
    }

    /** The return page refreshes itself while it waits; the state it ends in. */
    private WebElement awaitPaymentState(String state) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.getCurrentUrl().startsWith(url("/me/data/vipps"))
                        && !driver.findElements(By.cssSelector("[data-payment-state=" + state + "]")).isEmpty());
        return browser.findElement(By.cssSelector("[data-payment-state]"));
    }

    /** COST-SHARING.md step 5: A = max(0, Y + P − 1000) − max(0, Y − 1000), with Y the opening balance. */
    private static BigDecimal aboveThreshold(BigDecimal privateThisMonth) {
        return OPENING_BALANCE.add(privateThisMonth).subtract(THRESHOLD).max(BigDecimal.ZERO)
                .subtract(OPENING_BALANCE.subtract(THRESHOLD).max(BigDecimal.ZERO));
    }

    /** An amount of the result section ({@code result-lines.jte}), "1 234,56 kr" read as a number. */
    private BigDecimal total(String kind) {
        String text = browser.findElement(By.cssSelector("[data-result] [data-total=" + kind + "]")).getText();
        return new BigDecimal(text.replaceAll("[^0-9,−-]", "").replace('−', '-').replace(',', '.'));
    }

    private List<String> menu() {
        return browser.findElements(By.cssSelector(".main-nav ul a")).stream().map(link -> link.getAttribute("textContent").trim())
                .toList();
    }

    private void logIn(Msisdn msisdn) {
        browser.get(url("/login"));
        browser.findElement(By.id("msisdn")).sendKeys(msisdn.national());
        clickAndAwaitNewPage(By.cssSelector("form button[type=submit]"));
        if (browser.findElements(By.id("code")).isEmpty()) {
            throw new IllegalStateException("No code asked for at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText());
        }
        browser.findElement(By.id("code")).sendKeys(PortalHttpClient.latestCode(msisdn, outbox));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".main-nav")));
    }

    private static String url(String path) {
        return "http://localhost:" + PORT + path;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

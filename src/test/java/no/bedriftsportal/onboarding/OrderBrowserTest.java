package no.bedriftsportal.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.Accessibility;
import no.bedriftsportal.Chromium;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.DemoPortalTest;
import no.bedriftsportal.Layout;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.RegisterCompany;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Ordering the portal as a new customer would and approving it as operator staff (#17.4, G1), in
 * Chromium against the demo: from the login page to the form (whose own script does the proof of
 * work), the status page, the staff queue, the administrator's access SMS and their first login;
 * and a rejection whose reason is e-mailed. Each page at 390 px without overflow and with axe.
 */
@DemoPortalTest
class OrderBrowserTest {

    private static final Msisdn STAFF = Msisdn.of("40000001"); // the demo's operator staff (DemoOnboarding)
    private static final Pattern CHALLENGE = Pattern.compile("data-pow-challenge=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Companies companies;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    SmsOutbox sms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCustomerOrdersThePortalStaffApproveAndTheAdministratorLogsIn() {
        Company company = customer("Nordlys Bakeri AS");
        Msisdn admin = line(company, "40000021");
        browser = Chromium.start(390, 844);
        browser.get(url("/login"));
        browser.findElement(By.linkText("Bestill Bedriftsportal")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bestill Bedriftsportal");
        assertThat(((JavascriptExecutor) browser).executeScript(
                "var h = window.bedriftsportalSha256('abc'); return Array.from(h).map(function (x) { return x.toString(16).padStart(8, '0'); }).join('');"))
                .as("the page's SHA-256 of a FIPS 180-4 vector").isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        checkPage();

        browser.findElement(By.id("orgNumber")).sendKeys(company.orgNumber().display());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("company-lookup"), company.name()));
        browser.findElement(By.id("contactName")).sendKeys("Nora Nordlys");
        browser.findElement(By.id("contactEmail")).sendKeys("nora@nordlys.example");
        browser.findElement(By.id("contactPhone")).sendKeys("22 33 44 55");
        browser.findElement(By.id("admin0")).sendKeys(admin.national());
        browser.findElement(By.id("signerName")).sendKeys("Nora Nordlys");
        browser.findElement(By.id("signerRole")).sendKeys("Daglig leder");
        browser.findElement(By.cssSelector("form[data-pow-challenge] button[type=submit]")).click();
        // without consent: refused beside the field, nothing typed lost
        assertThat(browser.findElement(By.id("consent-error")).getText()).contains("Du må godta vilkårene");
        assertThat(browser.findElement(By.id("contactName")).getAttribute("value")).isEqualTo("Nora Nordlys");
        checkPage();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('consent').click();");
        browser.findElement(By.cssSelector("form[data-pow-challenge] button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/order/status/"));
        assertThat(browser.findElement(By.id("order-status")).getAttribute("data-status")).isEqualTo("RECEIVED");
        String statusPage = browser.getCurrentUrl();
        String reference = browser.findElement(By.id("order-reference")).getText();
        checkPage();

        Chromium.logIn(browser, url(""), STAFF, sms);
        assertThat(browser.getCurrentUrl()).endsWith("/staff/orders");
        checkPage();
        String card = "article[data-status=RECEIVED]:has(h2[id$='-title'])";
        var order = browser.findElements(By.cssSelector(card)).stream()
                .filter(element -> element.getText().contains(reference)).findFirst().orElseThrow();
        assertThat(order.findElements(By.cssSelector("[data-pass=false]"))).isEmpty();
        order.findElement(By.cssSelector("button[data-action=approve]")).click();
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).contains(reference);
        assertThat(sms.latest(50)).anySatisfy(message -> {
            assertThat(message.to()).isEqualTo(admin.value());
            assertThat(message.text()).contains("Du har fått tilgang til Bedriftsportalen for " + company.name());
        });
        browser.get(statusPage);
        assertThat(browser.findElement(By.id("order-status")).getAttribute("data-status")).isEqualTo("APPROVED");

        browser.findElement(By.xpath("//a[normalize-space()='Gå til innloggingen']")).click();
        browser.manage().deleteAllCookies();
        Chromium.logIn(browser, url(""), admin, sms);
        assertThat(browser.findElement(By.className("company-name")).getText()).isEqualTo(company.name());
    }

    @Test
    void staffRejectWithAReasonThatTheContactIsMailed() {
        Company company = customer("Sørvest Snekkeri AS");
        Msisdn admin = line(company, "40000031");
        PortalHttpClient orderer = new PortalHttpClient(port);
        String page = orderer.get("/order").body();
        Matcher challenge = CHALLENGE.matcher(page);
        assertThat(challenge.find()).isTrue();
        Map<String, Object> form = new HashMap<>(Map.of("orgNumber", company.orgNumber().value(), "contactName", "Siv Sørvest",
                "contactEmail", "siv@sorvest.example", "contactPhone", "51 22 33 44", "admin", admin.national(),
                "signerName", "Siv Sørvest", "signerRole", "Styreleder", "consent", "true", "termsVersion", "1"));
        form.put("challenge", challenge.group(1));
        form.put("nonce", ProofOfWork.solve(challenge.group(1), 8));
        assertThat(orderer.post("/order", form).status()).isEqualTo(302);

        browser = Chromium.start(1280, 900);
        Chromium.logIn(browser, url(""), STAFF, sms);
        var order = browser.findElements(By.cssSelector("article[data-status=RECEIVED]")).stream()
                .filter(element -> element.getText().contains(company.name())).findFirst().orElseThrow();
        order.findElement(By.tagName("textarea")).sendKeys("Signataren har ikke prokura");
        order.findElement(By.cssSelector("button[data-action=reject]")).click();
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).contains("avvist");
        checkPage();
        List<String> mails = jdbc.sql("select text_body from mail_outbox where recipient = 'siv@sorvest.example' and purpose = 'ORDER'")
                .query(String.class).list();
        assertThat(mails).anySatisfy(text -> assertThat(text).contains("Begrunnelse: Signataren har ikke prokura"));
    }

    private void checkPage() {
        assertThat(Layout.horizontalPageScroll(browser)).as("no horizontal scroll on " + browser.getCurrentUrl()).isEmpty();
        assertThat(Accessibility.seriousViolations(browser)).as("axe on " + browser.getCurrentUrl()).isEmpty();
    }

    private Company customer(String name) {
        return companies.register(new RegisterCompany(CompanyMother.nextOrgNumber(), name, "Storgata 1", "0155", "Oslo",
                "faktura@example.com"));
    }

    private Msisdn line(Company company, String number) {
        var account = companies.openCustomerAccount(company.id(), null, "Alle");
        subscriptions.activate(new ActivateSubscription(company.id(), number, "FRI_5", account.id(), null,
                Oslo.today(clock).minusDays(3), false, null));
        return Msisdn.of(number);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

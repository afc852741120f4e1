package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.DemoPortalTest;
import no.bedriftsportal.Chromium;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ProductGroupCount;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * What a new user does first, in a real Chromium against the demo: log in as the demo super user
 * with the code from the SMS outbox, see the dashboard's count, give a colleague access, log out.
 */
@DemoPortalTest
class LoginBrowserTest {

    private static final Pattern CODE = Pattern.compile("\"to\":\"\\+4791234567\",\"text\":\"[^\"]*er (\\d{6})");

    @LocalServerPort
    int port;

    @Autowired
    Companies companies;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    PortalUsers portalUsers;

    @Autowired
    Clock clock;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theDemoSuperUserLogsInSeesTheCountGrantsAccessAndLogsOut() throws Exception {
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        browser.findElement(By.id("msisdn")).sendKeys("912 34 567");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        WebElement code = browser.findElement(By.id("code")); // waits for the next page: only it has the field
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Skriv inn koden");
        code.sendKeys(codeFromOutbox());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        Company demo = companies.list().get(0);
        long expected = subscriptions.countByProductGroup(AccessScope.wholeCompany(demo.id()), Oslo.today(clock)).stream()
                .mapToLong(ProductGroupCount::count).sum();
        assertThat(browser.findElement(By.className("company-name")).getText()).isEqualTo(demo.name()); // the signed-in page
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(browser.findElement(By.id("subscriptions-total")).getText()).isEqualTo(String.valueOf(expected));

        String colleague = colleagueWithoutAccess(demo).msisdn().national();
        browser.findElement(By.linkText("Innstillinger")).click();
        browser.findElement(By.linkText("Gi ny tilgang")).click();
        browser.findElement(By.id("msisdn")).sendKeys(colleague);
        browser.findElement(By.cssSelector("label[for=role-USER]")).click();
        browser.findElements(By.cssSelector("input[name=customerAccounts]")).get(0).click();
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).startsWith("Tilgang gitt til");
        assertThat(browser.findElements(By.cssSelector("tr[data-msisdn='+47" + colleague + "']"))).hasSize(1);

        browser.findElement(By.xpath("//button[normalize-space()='Logg ut']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login")); // the click returns first
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Du er logget ut.");
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    private Subscription colleagueWithoutAccess(Company demo) {
        var withAccess = portalUsers.list(demo.id()).stream().map(PortalUser::msisdn).toList();
        return subscriptions.list(AccessScope.wholeCompany(demo.id())).stream()
                .filter(s -> s.employeeId() != null && s.activeOn(Oslo.today(clock)) && !withAccess.contains(s.msisdn()))
                .findFirst().orElseThrow();
    }

    private String codeFromOutbox() throws IOException, InterruptedException {
        HttpResponse<String> outbox = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/dev/sms-outbox"))).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = CODE.matcher(outbox.body());
        assertThat(matcher.find()).as("a code for 912 34 567 in " + outbox.body()).isTrue();
        return matcher.group(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.Chromium;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.Layout;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.SsoTestProvider;
import no.bedriftsportal.SsoTestProvider.Person;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * Single sign-on (X5, #18.5) in a real Chromium at a desktop and a phone: a super user connects the
 * company's OpenID provider on Innstillinger → Innlogging (a wrong issuer first, told beside the
 * field); then a user with invoices only goes from the login page through "Logg inn med firmaets
 * pålogging", the provider's own login form, and lands on the dashboard with exactly their grants;
 * and a person whose number the provider has not verified is sent back with the reason. axe and
 * the layout checks after every step on the portal's pages.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    SsoTestProvider provider;
    WebDriver browser;

    @BeforeAll
    void startTheProvider() {
        provider = SsoTestProvider.start();
    }

    @AfterAll
    void stopTheProvider() {
        provider.close();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 900", "390, 844"})
    void aCompanyConnectsItsProviderAndItsUsersLogInThroughIt(int width, int height) {
        String base = "http://localhost:" + port;
        TestCompany company = mother.company("Salg", "Drift");
        Msisdn user = company.userWith(Set.of(PortalModule.INVOICES), 1);
        Msisdn unverified = company.user(0);
        provider.client("browser-" + company.id(), "browser-hemmelighet", base + "/login/oauth2/code/company-" + company.id());
        List<String> problems = new ArrayList<>();
        browser = Chromium.start(width, height);
        Chromium.logIn(browser, base, company.superUser(), outbox);

        // Innstillinger → Innlogging: a wrong issuer is told beside its field, then the provider is connected
        browser.get(base + "/settings/access");
        click(By.cssSelector(".tabs a[href='/settings/sso']"));
        waitUntil(d -> d.getCurrentUrl().endsWith("/settings/sso"));
        assertThat(browser.findElement(By.id("sso-state")).getText()).isEqualTo("Ikke koblet til");
        check(problems, "the settings page");
        fill("sso-issuer", provider.issuer() + "/feil");
        fill("sso-clientId", "browser-" + company.id());
        fill("sso-clientSecret", "browser-hemmelighet");
        click(By.cssSelector("form[action='/settings/sso'] button[type=submit]"));
        WebElement error = waitFor(By.id("sso-issuer-error"));
        assertThat(error.getText()).contains("/.well-known/openid-configuration");
        assertThat(browser.findElement(By.id("sso-issuer")).getAttribute("value")).isEqualTo(provider.issuer() + "/feil");
        assertThat(browser.findElement(By.id("sso-issuer")).getAttribute("aria-describedby")).contains("sso-issuer-error");
        check(problems, "a wrong issuer");
        fill("sso-issuer", provider.issuer());
        fill("sso-clientSecret", "browser-hemmelighet");
        click(By.cssSelector("form[action='/settings/sso'] button[type=submit]"));
        waitUntil(d -> !d.findElements(By.cssSelector(".notice--success[role=status]")).isEmpty());
        assertThat(browser.findElement(By.id("sso-state")).getText()).isEqualTo("På");
        assertThat(browser.getPageSource()).doesNotContain("browser-hemmelighet");
        check(problems, "the provider connected");

        // the user logs in through the company's sign-in and lands on the dashboard with their own grants
        Person person = provider.person(Person.withPhone("bruker-" + width, user.value(), true));
        signOut(base);
        browser.get(base + "/login");
        click(By.id("sso-login-link"));
        waitUntil(d -> d.getCurrentUrl().endsWith("/login/sso"));
        check(problems, "the SSO login page");
        fill("who", "kari@ukjent-firma.test");
        click(By.cssSelector("form[action='/login/sso'] button[type=submit]"));
        assertThat(waitFor(By.id("who-error")).getText()).contains("fant ingen firmapålogging");
        check(problems, "an address of no company");
        fill("who", company.company().orgNumber().value());
        click(By.cssSelector("form[action='/login/sso'] button[type=submit]"));
        atTheProvider(person);
        waitFor(By.cssSelector(".main-nav"));
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/");
        String navigation = browser.findElement(By.cssSelector(".main-nav")).getAttribute("textContent");
        assertThat(navigation).contains("Faktura").doesNotContain("Innstillinger").doesNotContain("Fakturakontroll");
        check(problems, "signed in by single sign-on");

        // a number the provider has not verified is refused, with the reason
        Person notVerified = provider.person(Person.withPhone("uverifisert-" + width, unverified.value(), false));
        signOut(base);
        browser.get(base + "/login/sso");
        fill("who", company.company().orgNumber().value());
        click(By.cssSelector("form[action='/login/sso'] button[type=submit]"));
        atTheProvider(notVerified);
        WebElement refusal = waitFor(By.id("sso-refusal"));
        assertThat(refusal.getText()).contains("ikke bekreftet");
        assertThat(browser.getCurrentUrl()).endsWith("/login/sso?error=unverified");
        check(problems, "refused: not verified");

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** The provider's own login form (Spring Authorization Server's), as the person fills it in. */
    private void atTheProvider(Person person) {
        waitUntil(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login"));
        browser.findElement(By.id("username")).sendKeys(person.username());
        browser.findElement(By.id("password")).sendKeys(person.password());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(d -> d.getCurrentUrl().startsWith("http://localhost:" + port));
    }

    /** Both sessions gone: the portal's and the provider's (their cookies are on the same host). */
    private void signOut(String base) {
        browser.get(base + "/login");
        browser.manage().deleteAllCookies();
    }

    private void fill(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void check(List<String> problems, String step) {
        Layout.check(browser, problems, step);
    }

    private void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
    }
}

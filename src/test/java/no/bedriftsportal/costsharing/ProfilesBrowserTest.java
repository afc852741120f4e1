package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
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
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * Fakturakontroll → Profiler (#14.1) in a real Chromium, at a desktop and a phone: an administrator
 * opens a ready-made profile from the list, is told next to the field what is wrong with an amount,
 * saves the change and sees the new version listed above the first, with when it takes effect; the
 * settings page too. After every step axe finds nothing serious and nothing is wider than its container.
 */
@PortalIntegrationTest
class ProfilesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    TestClock clock;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        clock.reset();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 900", "390, 844"})
    void anAdministratorEditsAProfileAndSeesTheNewVersion(int width, int height) {
        clock.set(Instant.parse("2026-11-20T14:00:00Z"));
        TestCompany company = mother.company("Salg");
        Msisdn superUser = company.superUser();
        browser = Chromium.start(width, height);
        logIn(superUser);
        List<String> problems = new ArrayList<>();

        browser.get(url("/invoice-control/profiles"));
        assertThat(browser.findElement(By.cssSelector(".tabs a[aria-current=page]")).getText()).isEqualTo("Profiler");
        assertThat(browser.findElements(By.cssSelector("#profiles > li"))).hasSize(2);
        check(problems, "the list");

        click(By.linkText("Privat bruk betales selv"));
        waitFor(By.id("profile-form"));
        assertThat(browser.findElement(By.id("contentRule-DEDUCT_ALL_PRIVATE")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("traffic-ABROAD")).isSelected()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#profile-versions tbody tr"))).hasSize(1);
        check(problems, "the form");

        WebElement free = browser.findElement(By.id("freeAmount"));
        free.clear();
        free.sendKeys("50,555");
        click(By.cssSelector("#profile-form button[type=submit]"));
        WebElement error = waitFor(By.id("freeAmount-error"));
        assertThat(error.getText()).contains("høyst to desimaler");
        assertThat(browser.findElement(By.id("freeAmount")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("freeAmount")).getAttribute("value")).isEqualTo("50,555");
        check(problems, "an amount with three decimals");

        free = browser.findElement(By.id("freeAmount"));
        free.clear();
        free.sendKeys("50");
        click(By.id("dataControl"));
        click(By.id("autoExtra-EXTRA_5"));
        click(By.id("payer-SALARY"));
        click(By.cssSelector("#profile-form button[type=submit]"));
        waitUntil(d -> d.findElements(By.cssSelector("#profile-versions tbody tr")).size() == 2);

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("lagret som versjon 2");
        WebElement newest = browser.findElement(By.cssSelector("#profile-versions tbody tr"));
        assertThat(newest.getAttribute("data-version")).isEqualTo("2");
        assertThat(newest.getText()).contains("Gjelder fra fakturaen for november 2026", "Fribeløp: 50,00", "Datakontroll: på",
                "Ekstra 5 GB, Trekkes i lønn");
        assertThat(browser.findElement(By.id("freeAmount")).getAttribute("value")).isEqualTo("50,00");
        check(problems, "the new version listed");

        browser.get(url("/invoice-control/settings"));
        waitFor(By.id("settings-form"));
        check(problems, "the settings");

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private void check(List<String> problems, String step) {
        Layout.check(browser, problems, step);
    }

    private void logIn(Msisdn msisdn) {
        Chromium.logIn(browser, url(""), msisdn, outbox);
    }

    private void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

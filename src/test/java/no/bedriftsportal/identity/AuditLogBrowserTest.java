package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.Accessibility;
import no.bedriftsportal.Chromium;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * The audit page (S3, #11.4) in a real Chromium: reached from the settings navigation, filtered
 * by action with the state in the URL, in words; a table at 1280 px, one card per entry at
 * 390 px, without serious axe violations.
 */
@PortalIntegrationTest
class AuditLogBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void atDesktopWidthTheLogIsATableFilteredByActionFromTheSettingsNavigation() {
        TestCompany company = mother.company("Salg");
        Msisdn superUser = company.superUser();
        browser = Chromium.start(1280, 900);
        logIn(superUser);

        browser.findElement(By.cssSelector(".main-nav")).findElement(By.linkText("Innstillinger")).click();
        browser.findElement(By.cssSelector(".tabs")).findElement(By.linkText("Revisjonslogg")).click();
        new Select(browser.findElement(By.id("audit-action"))).selectByVisibleText("Innlogging");
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("action=LOGIN_SUCCEEDED"));
        assertThat(browser.findElements(By.cssSelector("#audit-events tbody tr"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getAttribute("data-action")).isEqualTo("LOGIN_SUCCEEDED"));
        assertThat(browser.findElement(By.cssSelector("#audit-events thead")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#audit-events .audit-table__words")).getText()).isEqualTo("Logget inn");
        assertThat(browser.findElement(By.id("audit-excel")).getAttribute("href")).endsWith("/settings/audit.xlsx?action=LOGIN_SUCCEEDED");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void onAPhoneEachEntryIsACardWithTheWordsInFullAndNothingScrollsSideways() {
        TestCompany company = mother.company("Salg");
        Msisdn superUser = company.superUser();
        browser = Chromium.start(390, 844);
        logIn(superUser);

        browser.get(url("/settings/audit"));

        WebElement row = browser.findElement(By.cssSelector("#audit-events tbody tr"));
        assertThat(browser.findElement(By.cssSelector("#audit-events thead")).getRect().getHeight()).isLessThanOrEqualTo(1);
        assertThat(row.getCssValue("display")).isEqualTo("grid");
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
        assertThat(row.findElement(By.cssSelector(".audit-table__words")).getText()).isNotBlank();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    private void logIn(Msisdn msisdn) {
        Chromium.logIn(browser, url(""), msisdn, outbox);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.Accessibility;
import no.bedriftsportal.Chromium;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.Layout;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * The API reference in Settings (#13.3) in a real Chromium: a table of the routes at 1280 px, one
 * card per route at 390 px, nothing off screen, no serious axe violations.
 */
@PortalIntegrationTest
class ApiDocumentationBrowserTest {

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
    void atDesktopWidthTheRoutesAreATableWithTheirScopes() {
        browser = Chromium.start(1280, 900);
        open(mother.company("Salg").superUser());

        List<WebElement> rows = browser.findElements(By.cssSelector("#api-routes tbody tr"));
        assertThat(rows).extracting(row -> row.getAttribute("data-route")).contains("GET /api/v1/company", "GET /api/v1/customer-accounts");
        assertThat(browser.findElement(By.cssSelector("#api-routes thead")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("tr[data-route='GET /api/v1/customer-accounts']")).getText())
                .contains("limit", "cursor", "Enhver gyldig nøkkel");
        assertThat(browser.findElement(By.id("api-docs-download")).getAttribute("href")).endsWith("/settings/api/openapi.json");
        assertThat(Layout.problems(browser, "#api-routes")).isEmpty();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void onAPhoneEachRouteIsACardAndNothingScrollsSideways() {
        browser = Chromium.start(390, 844);
        open(mother.company("Salg").superUser());

        WebElement row = browser.findElement(By.cssSelector("#api-routes tbody tr"));
        assertThat(browser.findElement(By.cssSelector("#api-routes thead")).getRect().getHeight()).isLessThanOrEqualTo(1);
        assertThat(row.getCssValue("display")).as("a stacked row is a card").isEqualTo("block");
        assertThat(row.getText()).contains("/api/v1/");
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
        assertThat(Layout.problems(browser, "#api-routes")).isEmpty();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    private void open(Msisdn superUser) {
        browser.get(url("/login"));
        browser.findElement(By.id("msisdn")).sendKeys(superUser.national());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.findElement(By.id("code")).sendKeys(PortalHttpClient.latestCode(superUser, outbox));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".main-nav")));
        browser.get(url("/settings/api/documentation"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

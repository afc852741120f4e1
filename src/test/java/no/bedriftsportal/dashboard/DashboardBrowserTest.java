package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.Accessibility;
import no.bedriftsportal.Chromium;
import no.bedriftsportal.DemoBrowser;
import no.bedriftsportal.DemoPortalTest;

/**
 * The dashboard in Chromium against the demo, as an administrator uses it: a new period
 * re-renders only its card, chart categories toggle, cost cards flip, the user list is searched
 * and sorted and a user's panel draws the trend; axe-core finds nothing serious; the page fits a
 * phone. Saves the screenshots the README shows.
 */
@DemoPortalTest
class DashboardBrowserTest {

    @LocalServerPort
    int port;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void periodsTogglesFlipCardsAndTheUserPanelWork() {
        DemoBrowser demo = openDashboard(1280, 900);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("document.getElementById('card-costs').dataset.marker = 'untouched'");

        // D1: 7 days re-renders the subscriptions card only
        browser.findElement(By.xpath("//section[@id='card-subscriptions']//label[normalize-space()='7 dager']")).click();
        waitUntil(d -> browser.findElement(By.cssSelector("#usage-split caption")).getAttribute("textContent").contains("7 dager"));
        assertThat(js.executeScript("return document.getElementById('card-costs').dataset.marker")).isEqualTo("untouched");

        // D2: the chart is drawn; "Data" toggles off; the Data card flips to Norway vs abroad
        waitUntil(d -> !browser.findElements(By.cssSelector("#chart-costs svg path")).isEmpty());
        browser.findElement(By.xpath("//fieldset[@data-chart-toggles='chart-costs']//label[normalize-space()='Data']")).click();
        assertThat(js.executeScript("return echarts.getInstanceByDom(document.getElementById('chart-costs'))"
                + ".getOption().legend[0].selected['Data']")).isEqualTo(false);
        WebElement flip = browser.findElement(By.cssSelector("#cost-card-data [data-flip-toggle]"));
        flip.click();
        assertThat(flip.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.findElement(By.id("cost-card-data-back")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("cost-card-data-back")).getText()).contains("Data i Norge", "Data i utlandet");
        assertThat(browser.findElement(By.id("cost-card-data-front")).isDisplayed()).isFalse();

        // D7: sort by minutes, then search a user by name
        browser.findElement(By.xpath("//table[contains(@class,'users-table')]//a[starts-with(normalize-space(),'Minutter')]")).click();
        waitUntil(d -> "descending".equals(browser.findElement(By.xpath("//table[contains(@class,'users-table')]//th[a[starts-with(normalize-space(),'Minutter')]]"))
                .getAttribute("aria-sort")));
        String name = browser.findElement(By.cssSelector(".users-table tbody tr:nth-child(2) th a")).getText();
        browser.findElement(By.id("user-search")).sendKeys(name);
        waitUntil(d -> {
            List<WebElement> users = browser.findElements(By.cssSelector(".users-table tbody tr th a"));
            return !users.isEmpty() && users.stream().allMatch(user -> user.getText().equals(name)); // two may share a name
        });

        // D6: select the user: the panel shows their month and the six-month trend
        browser.findElement(By.cssSelector(".users-table tbody tr th a")).click();
        waitUntil(d -> browser.findElement(By.id("user-panel-title")).getText().equals(name));
        waitUntil(d -> !browser.findElements(By.cssSelector("#chart-user-trend svg path")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#user-trend-table tbody tr"))).hasSize(6);
        assertThat(browser.findElement(By.cssSelector(".users-table tbody tr")).getAttribute("class")).contains("is-selected");
        assertThat(demo.browser().getCurrentUrl()).doesNotContain("/dashboard/");
    }

    /** #11.3: a control character pasted into the search is refused (400), and the reason stands next to the field. */
    @Test
    void aRefusedSearchSaysWhyNextToTheFieldAndTheNextSearchClearsIt() {
        openDashboard(1280, 900);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String setSearch = "var field = document.getElementById('user-search'); field.value = arguments[0];"
                + "field.dispatchEvent(new Event('input', {bubbles: true}));";

        js.executeScript(setSearch, "Kari\tNordmann");
        waitUntil(d -> !browser.findElements(By.id("user-search-request-error")).isEmpty());
        WebElement search = browser.findElement(By.id("user-search"));
        assertThat(browser.findElement(By.id("user-search-request-error")).getText()).contains("kontrolltegn");
        assertThat(search.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(search.getAttribute("aria-describedby")).contains("user-search-hint", "user-search-request-error");

        js.executeScript(setSearch, "Kari");
        waitUntil(d -> browser.findElements(By.id("user-search-request-error")).isEmpty());
        assertThat(browser.findElement(By.id("user-search")).getAttribute("aria-invalid")).isNull();
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolation() {
        openDashboard(1280, 900);
        browser.findElement(By.cssSelector(".users-table tbody tr th a")).click();
        waitUntil(d -> !browser.findElements(By.cssSelector("#chart-user-trend svg")).isEmpty());
        browser.findElement(By.cssSelector("#cost-card-other [data-flip-toggle]")).click();

        List<String> violations = Accessibility.seriousViolations(browser);

        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    @Test
    void theDashboardFitsAPhoneWithoutSeriousViolationsAndTheScreenshotsAreSaved() {
        DemoBrowser desktop = openDashboard(1280, 900);
        desktop.screenshot(Path.of("docs/screenshots/dashboard-desktop.png"));
        browser.quit();

        DemoBrowser phone = openDashboard(390, 844);
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
        List<String> violations = Accessibility.seriousViolations(browser);
        assertThat(violations).as("at phone width: " + String.join("\n", violations)).isEmpty();
        phone.screenshot(Path.of("docs/screenshots/dashboard-phone.png"));
    }

    private DemoBrowser openDashboard(int width, int height) {
        browser = Chromium.start(width, height);
        DemoBrowser demo = new DemoBrowser(browser, "http://localhost:" + port);
        demo.logIn("91234567");
        waitUntil(d -> !browser.findElements(By.cssSelector("#chart-costs svg")).isEmpty());
        return demo;
    }

    private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }
}

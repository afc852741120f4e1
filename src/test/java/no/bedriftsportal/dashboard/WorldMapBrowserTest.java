package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;


import no.bedriftsportal.Accessibility;
import no.bedriftsportal.Chromium;
import no.bedriftsportal.DemoBrowser;
import no.bedriftsportal.DemoPortalTest;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.Oslo;

/**
 * D4 in a real Chromium against the demo: the map is drawn, a new period re-renders only its card,
 * a click on a country on the map and a country's button in the table both load its top users, the
 * table and the Excel link sit behind ⋮, and axe-core finds nothing serious on the dashboard.
 */
@DemoPortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorldMapBrowserTest {

    /**
     * The country with usage whose region on the map is largest and contains its own centre, that
     * centre in pixels from the chart's top left corner, and the chart's size: {@code [code, x, y, width, height]}.
     */
    private static final String COUNTRY_TO_CLICK = """
            var element = document.getElementById('chart-world');
            var chart = echarts.getInstanceByDom(element);
            var geo = chart.getModel().getSeriesByIndex(0).coordinateSystem;
            var data = JSON.parse(document.getElementById('chart-world-data').textContent);
            var best = null;
            data.countries.forEach(function (country) {
                var region = geo.getRegion(country.name);
                if (!region) { return; }
                var rect = region.getBoundingRect();
                var inside = geo.getRegionByCoord(region.getCenter());
                if (inside && inside.name === country.name && (!best || rect.width * rect.height > best.size)) {
                    best = { code: country.name, size: rect.width * rect.height, center: region.getCenter() };
                }
            });
            var pixel = chart.convertToPixel({ seriesIndex: 0 }, best.center);
            return [best.code, pixel[0], pixel[1], element.clientWidth, element.clientHeight];
            """;

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    WebDriver browser;
    DemoBrowser demo;

    @BeforeAll
    void logIn() {
        browser = Chromium.start(1280, 900);
        demo = new DemoBrowser(browser, "http://localhost:" + port);
        demo.logIn("91234567"); // once: the demo super user may ask for five codes an hour
    }

    @AfterAll
    void closeBrowser() {
        browser.quit();
    }

    @BeforeEach
    void openDashboard() {
        browser.get(demo.url("/"));
        DemoBrowser.drawCharts(browser);
        waitForMap();
    }

    @Test
    void theMapIsDrawnAndANewPeriodReRendersOnlyItsCard() {
        assertThat(browser.findElements(By.cssSelector("#chart-world svg path")).size()).isGreaterThan(100);
        WebElement costsCard = browser.findElement(By.id("card-costs"));
        WebElement worldCard = browser.findElement(By.id("card-world"));

        browser.findElement(By.xpath("//section[@id='card-world']//label[normalize-space()='90 dager']")).click();
        wait(ExpectedConditions.stalenessOf(worldCard));
        waitForMap();

        assertThat(browser.findElement(By.cssSelector("#card-world input[value=DAYS_90]")).isSelected()).isTrue();
        assertThat(costsCard.isDisplayed()).as("the costs card was not re-rendered").isTrue();
        assertThat(requested("/dashboard/world?world=DAYS_90")).isTrue();
        assertThat(browser.findElement(By.cssSelector("#card-world .card__foot")).getText())
                .startsWith("Perioden " + NorwegianFormat.date(Oslo.today(clock).minusDays(89)));
        assertThat(browser.findElements(By.cssSelector("#chart-world svg path")).size()).isGreaterThan(100);
    }

    @Test
    void clickingACountryOnTheMapShowsItsTopUsers() {
        WebElement chart = browser.findElement(By.id("chart-world"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", chart);
        List<?> target = (List<?>) ((JavascriptExecutor) browser).executeScript(COUNTRY_TO_CLICK);
        String code = (String) target.get(0);
        int x = (int) Math.round(((Number) target.get(1)).doubleValue() - ((Number) target.get(3)).doubleValue() / 2);
        int y = (int) Math.round(((Number) target.get(2)).doubleValue() - ((Number) target.get(4)).doubleValue() / 2);

        new Actions(browser).moveToElement(chart, x, y).click().perform();

        WebElement panel = wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#world-users .world-users[data-country='" + code + "']")));
        assertThat(panel.findElement(By.tagName("h3")).getText()).startsWith("Toppbrukere i ");
        List<WebElement> users = panel.findElements(By.cssSelector("tbody tr"));
        assertThat(users).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(users.get(0).findElement(By.tagName("td")).getText()).endsWith(" kr");
        demo.screenshot(Path.of("target/screenshots/world-country.png"));
    }

    @Test
    void theBackOfTheCardHasTheTableWhoseButtonsLoadTopUsersAndTheExcelLink() {
        WebElement flip = browser.findElement(By.cssSelector("#card-world [data-flip-toggle]"));
        assertThat(browser.findElement(By.id("card-world-back")).isDisplayed()).isFalse();

        flip.click();

        assertThat(flip.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.findElement(By.id("card-world-front")).isDisplayed()).isFalse();
        List<WebElement> rows = browser.findElements(By.cssSelector("#world-table tbody tr"));
        assertThat(rows).isNotEmpty();
        WebElement link = browser.findElement(By.cssSelector("#card-world-back a[href^='/dashboard/world.xlsx?world=DAYS_30']"));
        assertThat(link.isDisplayed()).isTrue();
        assertThat(link.getText()).isEqualTo("Last ned som Excel");

        WebElement second = rows.get(Math.min(1, rows.size() - 1));
        String code = second.getAttribute("data-country");
        WebElement button = second.findElement(By.tagName("button"));
        button.sendKeys(" "); // the keyboard's way
        WebElement panel = wait(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#world-users .world-users[data-country='" + code + "']")));
        assertThat(panel.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus moves to the panel's heading")
                .isEqualTo("world-users-title");
        demo.screenshot(Path.of("target/screenshots/world-table.png"));

        flip.click();
        assertThat(browser.findElement(By.id("card-world-front")).isDisplayed()).isTrue();
    }

    @Test
    void axeFindsNothingSeriousOnTheDashboardWithTheCardFlippedOrNot() {
        WebElement flip = browser.findElement(By.cssSelector("#card-world [data-flip-toggle]"));
        List<String> asLoaded = seriousViolations();
        flip.click();
        browser.findElement(By.cssSelector("#world-table tbody tr button")).sendKeys(" ");
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#world-users .world-users")));
        List<String> flipped = seriousViolations();
        flip.click();
        List<String> withTopUsers = seriousViolations();

        assertThat(asLoaded).as("serious or critical on the dashboard").isEmpty();
        assertThat(flipped).as("serious or critical with the world card's table and top users").isEmpty();
        assertThat(withTopUsers).as("serious or critical with the map and top users").isEmpty();
    }

    private List<String> seriousViolations() {
        return Accessibility.seriousViolations(browser);
    }

    private void waitForMap() {
        wait(driver -> ((JavascriptExecutor) driver).executeScript("""
                var element = document.getElementById('chart-world');
                var chart = element && echarts.getInstanceByDom(element);
                return !!chart && !!chart.getOption().series && element.querySelectorAll('svg path').length > 100;
                """));
    }

    private boolean requested(String path) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                var path = arguments[0];
                return performance.getEntriesByType('resource').some(function (entry) { return entry.name.endsWith(path); });
                """, path);
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(condition);
    }
}

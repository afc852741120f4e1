package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;


import no.bedriftsportal.Accessibility;
import no.bedriftsportal.Chromium;
import no.bedriftsportal.DemoBrowser;
import no.bedriftsportal.DemoPortalTest;
import no.bedriftsportal.Layout;

/**
 * D5 as a person uses it, in a real Chromium against the demo: the chart is drawn and a series
 * toggles off, last month re-renders only this card (the series stays off), the list filters, a
 * user who bought an extra package opens with its details, the ⋮ menu's Excel link follows the
 * filter, and axe finds no serious or critical problem in the card. On a phone the card fits the
 * screen, the list shows a labelled card per user (nothing clipped, no amount off screen), a
 * user's details come up from the bottom, and axe finds nothing serious there either.
 */
@DemoPortalTest
class DataCardBrowserTest {

    private static final String OUTSIDE = "Utenfor datapakke";

    @LocalServerPort
    int port;

    // One browser and one login for the class: the demo user may ask for only a few login codes an hour.
    static WebDriver browser;
    static DemoBrowser demo;
    static WebDriverWait wait;

    @BeforeEach
    void logInOnce() {
        if (browser == null) {
            browser = Chromium.start(1280, 900);
            demo = new DemoBrowser(browser, "http://localhost:" + port);
            demo.logIn("91234567");
            wait = new WebDriverWait(browser, Duration.ofSeconds(10));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void drawsTogglesSwitchesMonthFiltersOpensAUserAndExports() throws Exception {
        browser.get(demo.url("/"));
        DemoBrowser.drawCharts(browser);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-data svg")));
        assertThat(legendSelected(OUTSIDE)).isTrue();

        browser.findElement(By.xpath("//fieldset[@data-chart-toggles='chart-data']//label[contains(., '" + OUTSIDE + "')]")).click();
        assertThat(legendSelected(OUTSIDE)).isFalse();
        assertThat(legendSelected("Innenfor datapakke")).isTrue();

        js("document.getElementById('card-costs').dataset.marker = 'kept'; document.getElementById('card-data').dataset.marker = 'old';");
        browser.findElement(By.xpath("//section[@id='card-data']//label[contains(., 'Forrige måned')]")).click();
        wait.until(driver -> js("return document.getElementById('card-data').dataset.marker === undefined"
                + " && !!document.querySelector('#chart-data svg')"));
        assertThat(js("return document.getElementById('card-costs').dataset.marker")).isEqualTo("kept");
        assertThat(browser.findElement(By.cssSelector("#card-data input[value=LAST_MONTH]")).isSelected()).isTrue();
        wait.withMessage("the new month's chart keeps the series toggled off (#12.3)").until(driver -> !legendSelected(OUTSIDE));
        assertThat(browser.findElement(By.cssSelector("[data-chart-toggles='chart-data'] input[data-series-key='outside']")).isSelected())
                .isFalse();

        new Select(browser.findElement(By.id("data-filter-extra"))).selectByValue("yes");
        wait.until(driver -> rows().size() > 0 && rows().stream().allMatch(row -> hasExtraIcon(row)));
        String name = rows().stream().map(row -> row.findElement(By.cssSelector("[data-user-button]")).getText())
                .filter(text -> !text.startsWith("(")).findFirst().orElseThrow(); // "(uten navn)": no employee to search by
        String part = name.split(" ")[0];
        browser.findElement(By.id("data-filter-name")).sendKeys(part);
        // the answer to the last keystroke can take over 10 s on a loaded CI machine (the timeout message then showed
        // the right list, read after the wait gave up): this one step waits longer
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "filtered by " + part + ": " + browser.findElement(By.id("data-users")).getText())
                .until(driver -> !rows().isEmpty() && rows().stream().allMatch(row -> row.getText().contains(part))
                && browser.findElement(By.id("data-users-count")).getText().startsWith("Viser 1–"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus stays in the field").isEqualTo("data-filter-name");

        WebElement user = rows().stream().map(row -> row.findElement(By.cssSelector("[data-user-button]")))
                .filter(button -> button.getText().equals(name)).findFirst().orElseThrow();
        user.sendKeys(org.openqa.selenium.Keys.ENTER);
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#data-user-panel .data-user")));
        assertThat(panel.findElement(By.tagName("h3")).getText()).isEqualTo(name);
        assertThat(browser.switchTo().activeElement().getTagName()).isEqualTo("h3");
        WebElement extra = panel.findElement(By.cssSelector(".extra-package"));
        assertThat(extra.findElement(By.cssSelector(".extra-package__name")).getText()).startsWith("Ekstra datapakke");
        assertThat(extra.findElement(By.cssSelector(".extra-package__bought")).getText()).matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");
        assertThat(extra.findElement(By.cssSelector(".extra-package__payer")).getText())
                .isIn("Bedriften", "Ansatt (trekk i lønn)", "Ansatt (Vipps)");
        assertThat(extra.findElement(By.cssSelector(".extra-package__used")).getText()).matches(".* [MG]B \\(\\d+ %\\)"); // MB, or GB from 1 000 MB

        assertNoSeriousAxeViolationInTheCard();

        panel.findElement(By.cssSelector("[data-close-panel]")).click();
        assertThat(browser.findElements(By.cssSelector("#data-user-panel .data-user"))).isEmpty();

        browser.findElement(By.cssSelector("#card-data .menu summary")).click();
        WebElement excel = browser.findElement(By.id("data-excel-link"));
        assertThat(excel.isDisplayed()).isTrue();
        String href = excel.getAttribute("href");
        assertThat(href).contains("/dashboard/data.xlsx?data=LAST_MONTH").contains("extra=yes").contains("name=" + URLEncoder.encode(part, StandardCharsets.UTF_8));
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SESSION=" + browser.manage().getCookieNamed("SESSION").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.openxmlformats");
    }

    @Test
    void onAPhoneTheCardFitsTheScreenAndTheListIsACardPerUser() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            onAPhone();
        } finally {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void onAPhone() {
        browser.get(demo.url("/"));
        DemoBrowser.drawCharts(browser);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-data svg")));
        assertThat(((Number) js("return document.documentElement.clientWidth")).intValue()).isEqualTo(390);

        Number card = (Number) js("return document.getElementById('card-data').getBoundingClientRect().right");
        Number viewport = (Number) js("return document.documentElement.clientWidth");
        assertThat(card.doubleValue()).isLessThanOrEqualTo(viewport.doubleValue());
        assertThat(js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
        assertThat(js("var scroll = document.querySelector('#data-users .table-scroll');"
                + "return scroll.scrollWidth <= scroll.clientWidth")).as("the list fits the card: a card per user, nothing to scroll").isEqualTo(true);
        assertThat(rows().get(0).getCssValue("display")).isEqualTo("block");
        assertThat(Layout.overflows(browser, "#card-data")).isEmpty();

        browser.findElements(By.cssSelector("#data-users [data-user-button]")).get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#data-user-panel .data-user")));
        assertThat(((Number) js("return document.getElementById('data-user-panel').getBoundingClientRect().bottom")).doubleValue())
                .as("the details come up within the screen").isLessThanOrEqualTo(844);
        js("document.querySelector('#card-data .chart-table').open = true;"); // the day table, a card per day here
        assertNoSeriousAxeViolationInTheCard();
    }

    /** axe-core's serious and critical findings within the data card (the other cards are their own tests' business). */
    private void assertNoSeriousAxeViolationInTheCard() {
        List<String> problems = Accessibility.seriousViolations(browser, "#card-data");
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#data-users tbody tr"));
    }

    private static boolean hasExtraIcon(WebElement row) {
        return !row.findElements(By.cssSelector("svg.extra-icon[aria-label='Har kjøpt ekstrapakke']")).isEmpty();
    }

    private Boolean legendSelected(String series) {
        return (Boolean) js("var chart = echarts.getInstanceByDom(document.getElementById('chart-data'));"
                + "return (chart.getOption().legend[0].selected || {})[arguments[0]] !== false;", series);
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}

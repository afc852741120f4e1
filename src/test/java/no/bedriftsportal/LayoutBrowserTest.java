package no.bedriftsportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The layout system in Chromium at a desktop (1280 × 800) and a phone (390 × 844): every
 * dashboard card, with its panels open, the invoice page and the settings pages fit their
 * containers, no amount sits off screen, the page never scrolls sideways, the card grid has no
 * holes, the phone header is compact, and axe finds nothing serious after each step (#12.2); the
 * same for the demo employee's own pages (#15).
 */
@DemoPortalTest
class LayoutBrowserTest {

    private static final String[] CARDS = {"#card-subscriptions", "#card-invoices", "#card-costs", "#card-world", "#card-data", "#card-users"};

    @LocalServerPort
    int port;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 800", "390, 844"})
    void everyDashboardCardFitsWithItsPanelsOpen(int width, int height) {
        DemoBrowser demo = open(width, height);
        List<String> problems = new ArrayList<>();
        check(problems, "the dashboard", CARDS);
        setOpen("#main details.info", true);
        check(problems, "with every card's info open", CARDS);
        setOpen("#main details.info", false);

        // D4: a country's top users (the table is on the card's back)
        click(By.cssSelector("#card-world [data-flip-toggle]"));
        waitUntil(d -> browser.findElement(By.id("world-table")).isDisplayed());
        click(By.cssSelector("#world-table tbody tr:first-child .link-button"));
        waitUntil(d -> !browser.findElements(By.cssSelector("#world-users .world-users")).isEmpty());
        check(problems, "with a country open", "#card-world");

        // D5: a user's data panel (a sheet on a phone, closed again before the next step)
        click(By.cssSelector("#data-users-table [data-user-button]"));
        waitUntil(d -> !browser.findElements(By.cssSelector("#data-user-panel .data-user")).isEmpty());
        check(problems, "with a data user open", "#card-data");
        closeDataPanel();

        // D6: a user's panel with the six-month table opened
        click(By.cssSelector(".users-table tbody tr th a"));
        waitUntil(d -> !browser.findElements(By.cssSelector("#chart-user-trend svg")).isEmpty());
        click(By.cssSelector("#user-panel .chart-table summary"));
        check(problems, "with a user open", "#card-users");

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @ParameterizedTest(name = "{0} px wide")
    @CsvSource({"1280", "1600"})
    void theCardGridHasNoHoles(int width) {
        open(width, 900);

        assertThat(Layout.gridHoles(browser, ".card-grid")).isEmpty();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 800", "390, 844"})
    void theInvoiceTheSettingsAndTheGalleryPagesFit(int width, int height) {
        DemoBrowser demo = open(width, height);
        List<String> problems = new ArrayList<>();

        browser.get(demo.url("/invoices"));
        check(problems, "the invoice list", "main");
        browser.findElement(By.cssSelector("#invoice-table tbody tr .cell--number a")).click();
        waitUntil(d -> !browser.findElements(By.cssSelector(".subscription")).isEmpty());
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('details.subscription').forEach(function (d) { d.open = true; })");
        check(problems, "an invoice with every subscription open", "main");

        browser.get(demo.url("/settings/access"));
        check(problems, "Settings → Tilgang", "main");
        browser.get(demo.url("/settings/audit"));
        check(problems, "the audit log", "main");
        browser.get(demo.url("/dev/gallery"));
        browser.findElements(By.cssSelector(".gallery__markup")).forEach(markup -> ((JavascriptExecutor) browser)
                .executeScript("arguments[0].open = true", markup));
        check(problems, "the gallery", "main");
        assertThat(browser.findElements(By.cssSelector(".gallery__item"))).hasSizeGreaterThanOrEqualTo(12);

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** The demo's employee-only login (README), on every page of "Min side", with the demo's many purchases to mark. */
    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 800", "390, 844"})
    void theEmployeePagesFit(int width, int height) {
        browser = Chromium.start(width, height);
        DemoBrowser demo = new DemoBrowser(browser, "http://localhost:" + port);
        demo.logIn("94567890");
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/me", "/me?period=LAST_MONTH", "/me/content", "/me/data", "/me/calls")) {
            browser.get(demo.url(path));
            DemoBrowser.drawCharts(browser);
            check(problems, path, "main");
        }
        browser.get(demo.url("/me/content"));
        assertThat(browser.findElements(By.cssSelector("tr[data-purchase]"))).as("the demo employee has purchases to mark").isNotEmpty();

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"390, 844"})
    void thePhoneHeaderIsCompactAndItsMenuOpensTheNavigation(int width, int height) {
        open(width, height);

        assertThat(Layout.height(browser, ".site-header")).isLessThanOrEqualTo(90);
        WebElement nav = browser.findElement(By.cssSelector(".main-nav"));
        assertThat(nav.isDisplayed()).isFalse();
        browser.findElement(By.cssSelector(".site-menu > summary")).click();
        assertThat(nav.isDisplayed()).isTrue();
        assertThat(nav.getText()).contains("Faktura", "Logg ut");
        List<String> violations = Accessibility.seriousViolations(browser);
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
        assertThat(Layout.horizontalPageScroll(browser)).isEmpty();
    }

    /** Layout problems and serious axe violations of the page's regions, each line prefixed with the step. */
    private void check(List<String> problems, String step, String... regions) {
        List<String> present = new ArrayList<>();
        for (String region : regions) {
            if (!browser.findElements(By.cssSelector(region)).isEmpty()) {
                present.add(region);
            }
        }
        Layout.problems(browser, present.toArray(String[]::new)).forEach(problem -> problems.add(step + ": " + problem));
        Accessibility.seriousViolations(browser).forEach(violation -> problems.add(step + ": axe " + violation));
    }

    private void setOpen(String details, boolean open) {
        ((JavascriptExecutor) browser).executeScript("var open = arguments[1]; document.querySelectorAll(arguments[0]).forEach(function (d) { d.open = open; })",
                details, open);
    }

    private void closeDataPanel() {
        List<WebElement> close = browser.findElements(By.cssSelector("#data-user-panel [data-close-panel]"));
        if (!close.isEmpty() && close.get(0).isDisplayed()) {
            close.get(0).click();
        }
    }

    private void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", element);
    }

    private DemoBrowser open(int width, int height) {
        browser = Chromium.start(width, height);
        DemoBrowser demo = new DemoBrowser(browser, "http://localhost:" + port);
        demo.logIn("91234567");
        waitUntil(d -> !browser.findElements(By.cssSelector("#chart-costs svg")).isEmpty());
        return demo;
    }

    private void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }
}

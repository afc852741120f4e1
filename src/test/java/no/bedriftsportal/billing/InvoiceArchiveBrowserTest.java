package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import no.bedriftsportal.Accessibility;
import no.bedriftsportal.Chromium;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.billing.ArchiveMother.Archive;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;

/**
 * The invoice archive (#12.8) as a person uses it in a real Chromium, at 1280 and 390 px: search,
 * sort by mouse and by keyboard, page, change the page size; every step puts the state in the
 * address, a reload shows the same list, and axe finds nothing serious. On a phone the rows are
 * cards with every amount on screen.
 */
@PortalIntegrationTest
@Import(ArchiveMother.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoiceArchiveBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ArchiveMother archiveMother;

    @Autowired
    SmsOutbox outbox;

    Archive archive;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void anArchive() {
        archive = archiveMother.archive();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void atTheDeskTheAdministratorSearchesSortsPagesAndAReloadKeepsItAll() {
        open(1280, 900);
        browser.get(url("/invoices"));
        assertThat(rows()).hasSize(25).isEqualTo(numbers(archive.invoices().stream()
                .sorted(Comparator.comparing(InvoiceSummary::issueDate).thenComparing(InvoiceSummary::number).reversed()).toList())
                .subList(0, 25));
        assertThat(text("archive-count")).isEqualTo("61");
        assertThat(browser.findElement(By.cssSelector(".archive-phone-sort")).isDisplayed()).as("the header sorts here").isFalse();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        InvoiceSummary overdue = archive.invoices().stream().filter(invoice -> invoice.status() == InvoiceStatus.OVERDUE
                && invoice.partlyPaid()).findFirst().orElseThrow();
        WebElement search = browser.findElement(By.id("filter-search"));
        search.sendKeys(String.valueOf(overdue.number()));
        wait.until(driver -> rows().equals(List.of(String.valueOf(overdue.number()))));
        assertThat(browser.getCurrentUrl()).contains("q=" + overdue.number());
        assertThat(browser.switchTo().activeElement()).isEqualTo(search);
        assertThat(text("archive-count")).isEqualTo("1");
        assertThat(text("archive-open")).as("Selenium reads a no-break space as a space")
                .isEqualTo(NorwegianFormat.money(overdue.remaining()).replace(NorwegianFormat.GROUP_SEPARATOR, ' '));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        wait.until(driver -> rows().size() == 25);

        browser.findElement(By.id("sort-amount")).click();
        List<String> byAmountDescending = numbers(sortedBy(Comparator.comparing(InvoiceSummary::signedTotal).reversed()));
        wait.until(driver -> rows().equals(byAmountDescending.subList(0, 25)));
        assertThat(ariaSort("sort-amount")).isEqualTo("descending");
        assertThat(browser.getCurrentUrl()).contains("sort=amount", "dir=desc");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the focus stays on the header").isEqualTo("sort-amount");

        new Actions(browser).sendKeys(Keys.ENTER).perform();
        List<String> byAmountAscending = numbers(sortedBy(Comparator.comparing(InvoiceSummary::signedTotal)));
        wait.until(driver -> rows().equals(byAmountAscending.subList(0, 25)));
        assertThat(ariaSort("sort-amount")).isEqualTo("ascending");

        browser.findElement(By.id("page-2")).click();
        wait.until(driver -> rows().equals(byAmountAscending.subList(25, 50)));
        assertThat(browser.getCurrentUrl()).contains("sort=amount", "dir=asc", "page=2");
        assertThat(browser.findElement(By.id("page-2")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(text("archive-count")).as("the totals are of every page").isEqualTo("61");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.navigate().refresh();

        assertThat(rows()).isEqualTo(byAmountAscending.subList(25, 50));
        assertThat(ariaSort("sort-amount")).isEqualTo("ascending");
        assertThat(browser.findElement(By.id("page-2")).getAttribute("aria-current")).isEqualTo("page");

        new Select(browser.findElement(By.id("archive-size"))).selectByValue("50");
        wait.until(driver -> rows().equals(byAmountAscending.subList(0, 50)));
        assertThat(browser.getCurrentUrl()).contains("size=50", "sort=amount", "dir=asc").doesNotContain("page=2");

        new Select(browser.findElement(By.id("filter-status"))).selectByValue("OVERDUE");
        wait.until(driver -> rows().size() == 2);
        assertThat(ariaSort("sort-amount")).as("a filter keeps the sort").isEqualTo("ascending");
        assertThat(browser.findElement(By.cssSelector(".archive-summary__downloads a[href*='export.csv']")).getAttribute("href"))
                .contains("status=OVERDUE", "sort=amount", "dir=asc");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void onAPhoneEachInvoiceIsALabelledCardWithItsAmountOnScreen() {
        open(390, 844);
        browser.get(url("/invoices?sort=amount&dir=asc&page=2"));
        List<String> byAmountAscending = numbers(sortedBy(Comparator.comparing(InvoiceSummary::signedTotal)));
        assertThat(rows()).isEqualTo(byAmountAscending.subList(25, 50));

        assertThat(js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
        assertThat(js("""
                return Array.from(document.querySelectorAll('.cell--total, .archive-summary dd, .archive-pager a'))
                    .filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > window.innerWidth; })
                    .map(e => e.textContent.trim());""")).asList().isEmpty();
        WebElement card = browser.findElement(By.cssSelector("#invoice-table tbody tr"));
        assertThat(js("return getComputedStyle(arguments[0]).display", card)).isEqualTo("grid");
        assertThat(js("return getComputedStyle(arguments[0], '::before').content",
                card.findElement(By.cssSelector(".cell--total")))).isEqualTo("\"Beløp inkl. mva\"");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.findElement(By.id("page-next")).click();
        wait.until(driver -> rows().equals(byAmountAscending.subList(50, 61)));
        assertThat(browser.getCurrentUrl()).contains("page=3");
        browser.navigate().refresh();
        assertThat(rows()).isEqualTo(byAmountAscending.subList(50, 61));

        WebElement byAmount = browser.findElement(By.id("phone-sort-amount"));
        assertThat(byAmount.isDisplayed()).as("the header is hidden on a phone: the sort is offered above the cards").isTrue();
        assertThat(byAmount.getAttribute("aria-current")).isEqualTo("true");
        byAmount.click();
        List<String> byAmountDescending = numbers(sortedBy(Comparator.comparing(InvoiceSummary::signedTotal).reversed()));
        wait.until(driver -> rows().equals(byAmountDescending.subList(0, 25)));
        assertThat(browser.getCurrentUrl()).contains("sort=amount", "dir=desc").doesNotContain("page=");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    private void open(int width, int height) {
        browser = Chromium.start(width, height);
        wait = new WebDriverWait(browser, Duration.ofSeconds(5));
        logIn(archive.superUser());
    }

    /** The fixture's amounts are all different, so no tie needs breaking. */
    private List<InvoiceSummary> sortedBy(Comparator<InvoiceSummary> order) {
        return archive.invoices().stream().sorted(order).toList();
    }

    private static List<String> numbers(List<InvoiceSummary> invoices) {
        return invoices.stream().map(invoice -> String.valueOf(invoice.number())).toList();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private String ariaSort(String linkId) {
        return browser.findElement(By.id(linkId)).findElement(By.xpath("./ancestor::th")).getAttribute("aria-sort");
    }

    /** The invoice numbers of the list's rows, read in one go, as htmx may swap the rows at any moment. */
    @SuppressWarnings("unchecked")
    private List<String> rows() {
        return (List<String>) js("return Array.from(document.querySelectorAll('#invoice-table tbody th a'), a => a.textContent.trim());");
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private void logIn(Msisdn msisdn) {
        Chromium.logIn(browser, url(""), msisdn, outbox);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

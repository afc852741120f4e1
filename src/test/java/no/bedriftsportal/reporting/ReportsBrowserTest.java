package no.bedriftsportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.Accessibility;
import no.bedriftsportal.Chromium;
import no.bedriftsportal.Layout;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.billing.InvoiceSummary;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;

/**
 * A report as an administrator builds it in Chromium (R1–R4): from the catalogue to cost per user,
 * narrowed to a customer number, turned to department level, the period changed to an invoice behind
 * the calendar icon, sorted, and exported; each step in the address, a reload showing the same; at
 * 1280 and 390 px without overflow and without serious axe findings.
 */
@PortalIntegrationTest
@Import(ReportsMother.class)
@TestPropertySource(properties = ReportsMother.DATA_DIR)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ReportsMother mother;

    @Autowired
    SmsOutbox outbox;

    ReportsMother.ReportsCompany company;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void theCompany() {
        company = mother.company();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorBuildsFiltersAndExportsAReport() {
        open(1280, 900);
        browser.get(url("/reports"));
        assertThat(browser.findElements(By.cssSelector(".report-card"))).hasSize(ReportKind.values().length);
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.findElement(By.id("report-cost-per-user")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-table")));
        assertThat(numbers()).containsExactlyInAnyOrder(company.a().display(), company.b().display(), company.c().display(),
                company.limited().display());
        assertThat(cell("report-total", "total")).isEqualTo("1 041,27 kr");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        new Select(browser.findElement(By.id("filter-account"))).selectByVisibleText(
                company.company().account(1).number() + " Drift");
        wait.until(driver -> numbers().size() == 2);
        assertThat(browser.getCurrentUrl()).contains("account=" + company.company().account(1).id());
        assertThat(cell("report-total", "total")).isEqualTo("578,00 kr");

        WebElement table = browser.findElement(By.id("report-table"));
        browser.findElement(By.id("level-department")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(driver -> browser.getCurrentUrl().contains("level=department"));
        assertThat(rowHeaders()).containsExactly(company.company().account(1).number() + " Drift");

        InvoiceSummary salg = company.invoiceOf(0);
        new Select(browser.findElement(By.id("filter-account"))).selectByIndex(0);
        wait.until(driver -> rowHeaders().size() == 2);
        browser.findElement(By.id("period-summary")).click();
        table = browser.findElement(By.id("report-table"));
        browser.findElement(By.id("invoice-" + salg.number())).click();
        browser.findElement(By.id("period-invoice")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(driver -> browser.getCurrentUrl().contains("period=invoice"));
        assertThat(browser.getCurrentUrl()).contains("invoice=" + salg.number());
        wait.until(driver -> rowHeaders().size() == 1);
        assertThat(cell("report-total", "total")).isEqualTo(NorwegianFormat.money(salg.amountExclVat()).replace('\u00a0', ' '));
        assertThat(browser.findElement(By.id("covered-invoices")).getText()).contains("1");

        browser.navigate().refresh();
        assertThat(rowHeaders()).containsExactly(company.company().account(0).number() + " Salg");
        assertThat(browser.findElement(By.id("level-department")).isSelected()).isTrue();

        browser.findElement(By.id("level-user")).click();
        wait.until(driver -> numbers().size() == 2);
        browser.findElement(By.id("sort-total")).click();
        wait.until(driver -> browser.getCurrentUrl().contains("sort=total"));
        wait.until(driver -> numbers().equals(List.of(company.a().display(), company.b().display())));

        String excel = browser.findElement(By.id("report-xlsx")).getAttribute("href");
        assertThat(excel).contains("/reports/cost-per-user.xlsx?", "period=invoice", "invoice=" + salg.number(), "sort=total");
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({status: r.status, type: r.headers.get('content-type'),
                    size: b.byteLength})));""", excel);
        assertThat(download).containsEntry("status", 200L).containsEntry("type",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(((Number) download.get("size")).longValue()).isGreaterThan(3000);
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        // schedule the report as it stands: weekly on Mondays to the finance department's address
        String shown = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('?') + 1);
        browser.findElement(By.xpath("//summary[normalize-space()='Planlegg utsendelse']")).click();
        browser.findElement(By.id("plan-name")).sendKeys("Salg per bruker, ukentlig");
        browser.findElement(By.cssSelector("#report-action-schedule input[name=cadence][value=WEEKLY]")).click();
        new Select(browser.findElement(By.id("plan-weekday"))).selectByValue("1");
        browser.findElement(By.id("plan-recipients")).sendKeys("okonomi@utenfor.example");
        browser.findElement(By.cssSelector("#report-action-schedule button[type=submit]")).click();
        wait.until(driver -> !browser.findElements(By.id("plan-recipients-error")).isEmpty());
        assertThat(browser.findElement(By.id("plan-recipients-error")).getText()).contains("okonomi@utenfor.example");

        browser.get(url("/reports/saved"));
        browser.findElement(By.id("domains")).sendKeys("rapport-test.no");
        browser.findElement(By.cssSelector("form[action='/reports/domains'] button[type=submit]")).click();
        wait.until(driver -> browser.findElement(By.cssSelector("[data-domains]")).getAttribute("data-domains").equals("configured"));

        browser.get(url("/reports/cost-per-user?" + shown));
        browser.findElement(By.xpath("//summary[normalize-space()='Planlegg utsendelse']")).click();
        browser.findElement(By.id("plan-name")).sendKeys("Salg per bruker, ukentlig");
        browser.findElement(By.cssSelector("#report-action-schedule input[name=cadence][value=WEEKLY]")).click();
        browser.findElement(By.id("plan-recipients")).sendKeys("okonomi@rapport-test.no");
        browser.findElement(By.cssSelector("#report-action-schedule button[type=submit]")).click();
        wait.until(driver -> !browser.findElements(By.cssSelector("#report-action-schedule [data-done]")).isEmpty());
        browser.findElement(By.cssSelector("#report-action-schedule [data-done] a")).click();
        wait.until(driver -> browser.getCurrentUrl().endsWith("/reports/saved"));
        WebElement saved = browser.findElement(By.xpath("//*[contains(text(), 'Salg per bruker, ukentlig')]/ancestor::tr"));
        assertThat(saved.getText()).contains("Kostnad per bruker");
        assertThat(saved.findElement(By.xpath(".//a[contains(@href, '/reports/cost-per-user?')]")).getAttribute("href"))
                .as("one click runs the report as it was saved").contains("invoice=" + salg.number(), "sort=total");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void onAPhoneTheReportIsALabelledListWithoutOverflow() {
        open(390, 844);
        browser.get(url("/reports/cost-per-user?level=user&period=last-month"));
        assertThat(Layout.horizontalPageScroll(browser)).isEmpty();
        WebElement row = browser.findElement(By.cssSelector("#report-table tbody tr"));
        assertThat(((JavascriptExecutor) browser).executeScript("return getComputedStyle(arguments[0]).display", row))
                .as("each row a card").isEqualTo("block");
        assertThat(((JavascriptExecutor) browser).executeScript("return getComputedStyle(arguments[0], '::before').content",
                row.findElement(By.cssSelector("[data-cell=total]")))).isEqualTo("\"Sum eks. mva. (kr)\"");
        browser.findElement(By.id("period-summary")).click();
        assertThat(Layout.horizontalPageScroll(browser)).isEmpty();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.get(url("/reports"));
        assertThat(Layout.horizontalPageScroll(browser)).isEmpty();
    }

    /** The numbers of the rows, read in one go, as htmx may swap the rows at any moment. */
    @SuppressWarnings("unchecked")
    private List<String> numbers() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#report-table tbody [data-cell=number]'), c => c.textContent.trim());");
    }

    @SuppressWarnings("unchecked")
    private List<String> rowHeaders() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#report-table tbody th'), c => c.textContent.trim());");
    }

    private String cell(String rowId, String key) {
        return browser.findElement(By.cssSelector("#" + rowId + " [data-cell=" + key + "]")).getText().strip();
    }

    private void open(int width, int height) {
        browser = Chromium.start(width, height);
        wait = new WebDriverWait(browser, Duration.ofSeconds(8));
        logIn(company.a());
    }

    private void logIn(Msisdn msisdn) {
        Chromium.logIn(browser, url(""), msisdn, outbox);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

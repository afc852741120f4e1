package no.bedriftsportal.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.Chromium;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.Layout;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.usage.BuyExtraPackage;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * Innsikt → Sparetips as an administrator uses it in Chromium (X1, #18.1): from "Krever handling" to the advice,
 * the totals, a filter and a sort that stay in the URL, the Excel and CSV downloads; at 1280 px and at 390 px, where
 * the table becomes labelled cards, without layout problems or serious axe findings ({@link Layout#check}).
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdviceBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CompanyMother mother;
    @Autowired
    SmsOutbox outbox;
    @Autowired
    IngestCdrFile ingest;
    @Autowired
    BuyExtraPackage buy;
    @Autowired
    Clock clock;

    TestCompany company;
    Msisdn admin;
    WebDriver browser;

    @BeforeAll
    void sixMonthsOfUsage() {
        company = mother.company("Salg", "Drift");
        new AdviceUsage(company, clock, ingest, buy);
        admin = company.superUser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void findsTheAdviceFiltersSortsAndDownloads() {
        List<String> problems = new ArrayList<>();
        open(1280, 900);
        browser.get(url("/"));
        browser.findElement(By.cssSelector("[data-attention='savings-advice'] a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/insights/advice"));
        assertThat(browser.findElement(By.id("advice-total-month")).getText()).endsWith("kr");
        assertThat(browser.findElement(By.cssSelector(".tabs [aria-current='page']")).getText()).isEqualTo("Sparetips");
        assertThat(browser.findElements(By.cssSelector("#advice-table tbody tr"))).hasSizeGreaterThanOrEqualTo(4);
        Layout.check(browser, problems, "advice 1280");

        new Select(browser.findElement(By.id("filter-kind"))).selectByValue("PLAN");
        browser.findElement(By.id("filter-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("kind=PLAN"));
        assertThat(browser.findElements(By.cssSelector("#advice-table tbody tr"))).allSatisfy(row ->
                assertThat(row.getAttribute("data-kind")).isEqualTo("PLAN"));
        browser.findElement(By.id("sort-name")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("sort=name"));
        assertThat(browser.getCurrentUrl()).contains("kind=PLAN");
        List<String> names = browser.findElements(By.cssSelector("#advice-table tbody th")).stream().map(cell -> cell.getText())
                .toList();
        assertThat(names).isSorted();
        assertThat(download("export-xlsx")).containsEntry("status", 200L).containsEntry("type",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Map<String, Object> csv = download("export-csv");
        assertThat(csv).containsEntry("status", 200L);
        assertThat((String) csv.get("text")).contains("Olsen Overdimensjonert").doesNotContain("Strand Stille");
        Layout.check(browser, problems, "advice filtered 1280");

        browser.quit();
        open(390, 844);
        browser.get(url("/insights/advice"));
        assertThat(browser.findElement(By.cssSelector("#advice-table tbody td[data-label]")).isDisplayed()).isTrue();
        Layout.check(browser, problems, "advice 390");
        browser.findElement(By.cssSelector("#advice-how summary")).click();
        Layout.check(browser, problems, "advice 390, how we calculate");
        assertThat(problems).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> download(String linkId) {
        String href = browser.findElement(By.id(linkId)).getAttribute("href");
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({status: r.status, type: r.headers.get('content-type'),
                    size: b.byteLength, text: new TextDecoder().decode(b)})));""", href);
    }

    private void open(int width, int height) {
        browser = Chromium.start(width, height);
        Chromium.logIn(browser, url(""), admin, outbox);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.Accessibility;
import no.bedriftsportal.Chromium;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * The results page as a person uses it in a real Chromium (issue #14.5): from the menu to the
 * month, another month chosen with the keyboard, an employee's lines and their events opened,
 * no serious accessibility finding, and the table as a list on a phone. Results are stored
 * directly: the calculator is not needed.
 */
@PortalIntegrationTest
class ResultsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother companies;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    ResultStore store;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anAdminOpensTheMonthAnEmployeeAndTheEventsUnderALine() {
        TestCompany company = companies.company();
        Msisdn admin = company.superUser();
        Msisdn line = company.subscriber(0, "FRI_5", "Kari Nettleser");
        long kari = jdbc.sql("select employee_id from subscription where msisdn = :m").param("m", line.value()).query(Long.class)
                .single();
        long subscription = jdbc.sql("select subscription_id from subscription where msisdn = :m").param("m", line.value())
                .query(Long.class).single();
        EmployeeMonth.ProfileInForce profile = new EmployeeMonth.ProfileInForce(5, 2, "Privat bruk betales selv",
                ProfileRules.privateUse());
        ResultLine abroad = new ResultLine(ResultLine.Kind.TRAFFIC, ResultLine.Treatment.DEDUCTION, subscription, "masked", profile,
                "ABROAD", new BigDecimal("750.00"), null, List.of(new ResultLine.EventRef("b-1", 0,
                        Instant.parse("2026-08-07T18:00:00Z"), "Data i USA, 150 MB", new BigDecimal("750.00"))));
        for (YearMonth month : List.of(YearMonth.of(2026, 8), YearMonth.of(2026, 9))) {
            store.replacePreliminary(company.id(), month, null, List.of(new ResultStore.Computed(kari, LocalDate.of(2026, 1, 1),
                    new EmployeeMonthResult(new BigDecimal("750.00"), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                            List.of(abroad)))), Instant.parse("2026-10-02T02:00:00Z"));
        }
        store.markFinal(company.id(), YearMonth.of(2026, 8));
        logIn(admin);

        browser.get(url("/invoice-control"));
        assertThat(browser.findElement(By.cssSelector(".tabs a[aria-current=page]")).getText()).isEqualTo("Resultater");
        assertThat(browser.findElement(By.cssSelector(".page-head h2")).getText()).isEqualTo("september 2026");
        Select month = new Select(browser.findElement(By.id("results-month")));
        month.selectByValue("2026-08");
        browser.findElement(By.id("results-month")).sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.textToBe(By.cssSelector(".page-head h2"),
                "august 2026"));
        assertThat(browser.findElement(By.cssSelector(".page-head .status")).getText()).isEqualTo("Endelig");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.findElement(By.linkText("Kari Nettleser")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kari Nettleser: august 2026");
        browser.findElement(By.cssSelector("tr[data-kind=TRAFFIC] details summary")).click();
        assertThat(browser.findElement(By.cssSelector("tr[data-kind=TRAFFIC] details table")).getText()).contains("Data i USA, 150 MB", "750,00");
        assertThat(browser.findElement(By.cssSelector("tr[data-kind=TRAFFIC]")).getText())
                .contains("Bruk i og til utlandet", "Profil Privat bruk betales selv, versjon 2");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get(url("/invoice-control/results?month=2026-08"));
        assertThat(browser.findElement(By.cssSelector("tbody tr")).getCssValue("display")).isNotEqualTo("table-row");
    }

    private void logIn(Msisdn msisdn) {
        Chromium.logIn(browser, url(""), msisdn, outbox);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

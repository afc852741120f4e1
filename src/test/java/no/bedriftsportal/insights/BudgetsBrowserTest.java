package no.bedriftsportal.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

/**
 * Budsjett as an administrator uses it in Chromium (X3, #18.3): a wrong amount is refused beside its field with
 * nothing lost, a budget is set for Salg, whose fees alone pass it — the page shows budget, cost so far and forecast
 * with the department in the address and the chart drawn, and the dashboard's card shows the same; at 1280 and 390 px
 * without layout problems or serious axe findings.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CompanyMother mother;
    @Autowired
    SmsOutbox outbox;

    TestCompany company;
    Msisdn admin;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void aCompanyWithTwoDepartments() {
        company = mother.company("Salg", "Drift");
        company.subscriber(0, "FRI_5", "Berit Budsjett");
        company.subscriber(1, "BASIS", "Dag Drift");
        admin = company.superUser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void setsABudgetAndSeesItsForecastOnThePageAndTheDashboard() {
        List<String> problems = new ArrayList<>();
        String salg = company.account(0).number();
        open(1280, 900);
        browser.get(url("/insights/budgets"));
        assertThat(browser.findElement(By.cssSelector("tr[data-budget='" + salg + "']")).getText()).contains("Salg", "Ikke satt");
        Layout.check(browser, problems, "1280 empty");

        new Select(browser.findElement(By.id("budget-customerNumber"))).selectByValue(salg);
        browser.findElement(By.id("budget-amount")).sendKeys("mange kroner");
        browser.findElement(By.id("budget-save")).click();
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budget-amount-error"))).getText())
                .contains("beløp");
        assertThat(browser.findElement(By.id("budget-amount")).getAttribute("value")).as("nothing lost").isEqualTo("mange kroner");
        assertThat(browser.findElement(By.id("budget-amount")).getAttribute("aria-invalid")).isEqualTo("true");
        Layout.check(browser, problems, "1280 refused");

        browser.findElement(By.id("budget-amount")).clear();
        browser.findElement(By.id("budget-amount")).sendKeys("400");
        browser.findElement(By.id("budget-save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("budgets-flash")));
        assertThat(browser.getCurrentUrl()).contains("department=" + salg);
        assertThat(browser.findElement(By.id("summary-budget")).getText()).isEqualTo("400,00 kr");
        // two Fri 5 GB lines in Salg (Berit's and the administrator's): 558 kr of fees pass 400 kr
        assertThat(browser.findElement(By.id("summary-over")).getText()).contains("over budsjettet");
        assertThat(browser.findElement(By.id("summary-forecast")).getText()).contains("558,00 kr");
        assertThat(browser.findElement(By.cssSelector("tr[data-budget='" + salg + "']")).getAttribute("data-over")).isEqualTo("true");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-budget[data-chart-ready] svg")));
        Layout.check(browser, problems, "1280 set");

        browser.get(url("/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#card-budgets [data-budget='" + salg + "']")));
        assertThat(browser.findElement(By.id("card-budget")).getText()).isEqualTo("400,00 kr");
        assertThat(browser.findElement(By.cssSelector("#card-budgets [data-budget='" + salg + "']")).getText())
                .contains("over budsjettet");
        assertThat(browser.findElement(By.cssSelector("[data-attention='budget-forecast-over']")).getText())
                .contains("Salg");
        Layout.check(browser, problems, "1280 dashboard");

        browser.quit();
        open(390, 844);
        browser.get(url("/insights/budgets?department=" + salg));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-budget[data-chart-ready] svg")));
        assertThat(browser.findElement(By.id("summary-budget")).getText()).isEqualTo("400,00 kr");
        Layout.check(browser, problems, "390 page");
        browser.get(url("/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#card-budgets [data-budget='" + salg + "']")));
        Layout.check(browser, problems, "390 dashboard");
        assertThat(problems).isEmpty();
    }

    private void open(int width, int height) {
        browser = Chromium.start(width, height);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Chromium.logIn(browser, url(""), admin, outbox);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

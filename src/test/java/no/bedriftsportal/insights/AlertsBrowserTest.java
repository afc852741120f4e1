package no.bedriftsportal.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Innsikt → Varsler in Chromium (X2): the list of alerts, one marked seen and one closed by its row's buttons, the
 * rest in bulk, the filter by state kept in the URL; a rule saved with a wrong amount shows the message beside the
 * field and keeps what was typed, then saved right; at 1280 and 390 px (a table of labelled cards) without layout
 * problems or serious axe findings.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CompanyMother mother;
    @Autowired
    SmsOutbox outbox;
    @Autowired
    AlertEvaluator evaluator;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    Clock clock;

    TestCompany company;
    Msisdn admin;
    WebDriver browser;
    WebDriverWait wait;
    final List<String> problems = new ArrayList<>();

    @BeforeAll
    void aCompanyWithAlerts() {
        company = mother.company("Salg", "Drift");
        admin = company.superUser();
        String[][] users = {{"Kari Roaming", "812.40"}, {"Ola Utland", "650.00"}, {"Per Reise", "1290.90"}};
        for (int i = 0; i < users.length; i++) {
            Msisdn msisdn = company.subscriber(i % 2, "FRI_5", users[i][0]);
            AlertSeed.roaming(evaluator, clock, company.id(), subscriptions.latest(msisdn.value()).id(),
                    company.account(i % 2).id(), users[i][1]);
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void marksAlertsAndEditsARule() {
        open(1280, 900);
        browser.get(url("/insights/alerts"));
        assertThat(browser.findElements(By.cssSelector("#alerts-table tbody tr"))).hasSize(3);
        check("list at 1280");

        WebElement kari = row("Kari Roaming");
        kari.findElement(By.cssSelector("button[id$='-seen']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("alerts-flash")));
        assertThat(row("Kari Roaming").getAttribute("data-state")).isEqualTo("SEEN");
        row("Ola Utland").findElement(By.cssSelector("button[id$='-closed']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("alerts-flash")));
        assertThat(row("Ola Utland").getAttribute("data-state")).isEqualTo("CLOSED");

        new Select(browser.findElement(By.id("filter-state"))).selectByValue("NEW");
        browser.findElement(By.id("filter-submit")).click();
        wait.until(driver -> driver.getCurrentUrl().contains("state=NEW"));
        assertThat(browser.findElements(By.cssSelector("#alerts-table tbody tr"))).hasSize(1);
        browser.findElement(By.cssSelector("#alerts-table tbody input[name=ids]")).click();
        browser.findElement(By.id("bulk-seen")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("alerts-flash")));
        assertThat(browser.getCurrentUrl()).contains("state=NEW");
        assertThat(browser.findElement(By.id("alerts-empty")).getText()).isNotBlank();

        browser.get(url("/insights/alerts"));
        WebElement amount = browser.findElement(By.id("rule-roaming-day-amount"));
        amount.clear();
        amount.sendKeys("fem hundre");
        browser.findElement(By.id("rule-roaming-day-sms")).click();
        browser.findElement(By.id("rule-roaming-day-save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule-roaming-day-amount-error")));
        assertThat(browser.findElement(By.id("rule-roaming-day-amount")).getAttribute("value")).as("nothing lost")
                .isEqualTo("fem hundre");
        assertThat(browser.findElement(By.id("rule-roaming-day-sms")).isSelected()).isTrue();
        check("rule error");
        amount = browser.findElement(By.id("rule-roaming-day-amount"));
        amount.clear();
        amount.sendKeys("750");
        browser.findElement(By.id("rule-roaming-day-save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("alerts-flash")));
        assertThat(browser.findElement(By.id("rule-roaming-day-amount")).getAttribute("value")).isEqualTo("750");
        assertThat(browser.findElement(By.id("rule-roaming-day-sms")).isSelected()).isTrue();

        browser.quit();
        open(390, 844);
        browser.get(url("/insights/alerts"));
        assertThat(browser.findElement(By.cssSelector("#alerts-table tbody td[data-label]")).isDisplayed()).isTrue();
        check("list at 390");
        assertThat(problems).isEmpty();
    }

    private WebElement row(String name) {
        return browser.findElements(By.cssSelector("#alerts-table tbody tr")).stream()
                .filter(row -> row.getText().contains(name)).findFirst().orElseThrow();
    }

    private void check(String step) {
        Layout.check(browser, problems, step);
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

package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * Bulk edit of the user list (#14.2) in a real Chromium: filter on NY! (the filter in the address),
 * select all shown, choose a profile, and see the choice change; on a phone each row is a card with
 * its labels. axe finds nothing serious.
 */
@PortalIntegrationTest
class UsersBulkEditBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void filterNewSelectAllSetAProfileAndSeeTheChoiceChange() {
        TestCompany company = mother.company("Salg");
        Msisdn superUser = company.superUser();
        company.subscriber(0, "FRI_5", "Anne Ny");
        company.subscriber(0, "FRI_5", "Bjørn Ny");
        long profile = new ProfileFixture(jdbc).profile(company.id(), "Felles", clock.instant());
        browser = Chromium.start(1280, 900);
        logIn(superUser);

        browser.get(url("/invoice-control/users"));
        new Select(browser.findElement(By.id("filter-choice"))).selectByVisibleText("NY! (ikke valgt)");
        browser.findElement(By.cssSelector("#users-filter button[type=submit]")).click();
        wait(ExpectedConditions.urlContains("choice=NEW"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#users-table tbody tr"));
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.getAttribute("data-choice")).isEqualTo("NEW"));
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.findElement(By.id("select-all")).click();
        assertThat(browser.findElements(By.cssSelector("#users-table tbody input[name=subscriptionIds]")))
                .allSatisfy(box -> assertThat(box.isSelected()).isTrue());
        new Select(browser.findElement(By.id("bulk-action"))).selectByValue("SET_PROFILE");
        new Select(browser.findElement(By.id("bulk-profile"))).selectByVisibleText("Felles");
        browser.findElement(By.id("bulk-submit")).click();

        wait(ExpectedConditions.presenceOfElementLocated(By.id("users-flash")));
        assertThat(browser.findElement(By.id("users-flash")).getText()).isEqualTo("Profilen er valgt for 3 abonnementer.");
        assertThat(browser.getCurrentUrl()).endsWith("/invoice-control/users?choice=NEW");
        assertThat(browser.findElements(By.cssSelector("#users-table tbody tr"))).isEmpty();

        new Select(browser.findElement(By.id("filter-choice"))).selectByVisibleText("Felles");
        browser.findElement(By.cssSelector("#users-filter button[type=submit]")).click();
        wait(ExpectedConditions.urlContains("choice=" + profile));
        assertThat(browser.findElements(By.cssSelector("#users-table tbody tr"))).hasSize(3).allSatisfy(row -> {
            assertThat(row.getAttribute("data-choice")).isEqualTo("PROFILE");
            assertThat(row.findElement(By.cssSelector("[data-cell=choice]")).getText()).isEqualTo("Felles");
        });
    }

    @Test
    void onAPhoneEachSubscriptionIsACardWithItsLabels() {
        TestCompany company = mother.company("Salg");
        Msisdn superUser = company.superUser();
        browser = Chromium.start(390, 844);
        logIn(superUser);

        browser.get(url("/invoice-control/users"));

        WebElement row = browser.findElement(By.cssSelector("#users-table tbody tr"));
        assertThat(row.getCssValue("display")).isEqualTo("block");
        assertThat(row.findElement(By.cssSelector("[data-cell=choice]")).getAttribute("data-label")).isEqualTo("Profil");
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void theEmployeePageOpensFromTheListAndHasNothingSerious() {
        TestCompany company = mother.company("Salg");
        Msisdn superUser = company.superUser();
        company.subscriber(0, "FRI_5", "Eva Ansatt");
        browser = Chromium.start(1280, 900);
        logIn(superUser);

        browser.get(url("/invoice-control/users"));
        browser.findElement(By.linkText("Eva Ansatt")).click();
        wait(ExpectedConditions.urlContains("/invoice-control/employees/"));
        assertThat(browser.findElement(By.id("employee-heading")).getText()).isEqualTo("Eva Ansatt");
        browser.findElement(By.id("employeeNumber")).clear();
        browser.findElement(By.id("employeeNumber")).sendKeys("EVA-" + company.id());
        browser.findElement(By.cssSelector("#employee-form button[type=submit]")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("employee-flash")));
        assertThat(browser.findElement(By.id("employeeNumber")).getAttribute("value")).isEqualTo("EVA-" + company.id());
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    private void logIn(Msisdn msisdn) {
        Chromium.logIn(browser, url(""), msisdn, outbox);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package no.bedriftsportal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.Chromium;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.Layout;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.costsharing.CostSharingSettingsService;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;

/**
 * Innstillinger → Firma (S2, #17.5) in a real Chromium, at a desktop and a phone: a super user
 * reaches the page from the settings tabs, renames a department, is told beside the field that a
 * working day must end after it starts (what was typed kept), then saves working hours that
 * invoice control reads. After every step axe finds nothing serious and nothing in the page is
 * wider than its container.
 */
@PortalIntegrationTest
class CompanySettingsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    Companies companies;

    @Autowired
    CostSharingSettingsService costSharing;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 900", "390, 844"})
    void aSuperUserRenamesADepartmentAndSetsTheWorkingHours(int width, int height) {
        TestCompany company = mother.company("Salg", "Drift");
        String salg = company.account(0).number();
        browser = Chromium.start(width, height);
        Chromium.logIn(browser, "http://localhost:" + port, company.superUser(), outbox);
        List<String> problems = new ArrayList<>();

        WebElement menu = browser.findElement(By.cssSelector(".site-menu > summary"));
        if (menu.isDisplayed()) {
            menu.click();
        }
        browser.findElement(By.cssSelector(".main-nav")).findElement(By.linkText("Innstillinger")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/settings/access"));
        click(By.cssSelector(".tabs a[href='/settings/company']"));
        waitUntil(d -> d.getCurrentUrl().endsWith("/settings/company"));
        assertThat(browser.findElement(By.cssSelector(".tabs a[aria-current=page]")).getText()).isEqualTo("Firma");
        assertThat(browser.findElement(By.id("org-number")).getText()).isEqualTo(company.company().orgNumber().value());
        check(problems, "the page");

        // a department renamed
        WebElement name = browser.findElement(By.id("department-" + salg));
        name.clear();
        name.sendKeys("Salg og marked");
        click(By.cssSelector("form[action='/settings/company/departments/" + salg + "'] button[type=submit]"));
        waitUntil(d -> !d.findElements(By.cssSelector(".notice--success[role=status]")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).contains("Navnet på avdelingen er lagret");
        assertThat(browser.findElement(By.id("department-" + salg)).getAttribute("value")).isEqualTo("Salg og marked");
        assertThat(companies.customerAccount(company.id(), salg).name()).isEqualTo("Salg og marked");
        check(problems, "the department renamed");

        // a working day that ends before it starts: the error beside the day, what was typed kept
        WebElement from = browser.findElement(By.id("from-MONDAY"));
        from.clear();
        from.sendKeys("17:00");
        click(By.cssSelector("form[action='/settings/company/working-hours'] button[type=submit]"));
        WebElement error = waitFor(By.id("hours-MONDAY-error"));
        assertThat(error.getText()).contains("må slutte etter");
        assertThat(error.findElement(By.xpath("..")).getAttribute("data-day")).isEqualTo("MONDAY");
        assertThat(browser.findElement(By.id("from-MONDAY")).getAttribute("value")).isEqualTo("17:00");
        assertThat(browser.findElement(By.id("from-MONDAY")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("from-MONDAY")).getAttribute("aria-describedby")).contains("hours-MONDAY-error");
        check(problems, "a working day that ends before it starts");

        // corrected, Friday closed: saved, and it is invoice control's
        from = browser.findElement(By.id("from-MONDAY"));
        from.clear();
        click(By.id("open-FRIDAY"));
        from = browser.findElement(By.id("from-MONDAY"));
        from.sendKeys("07:30");
        click(By.cssSelector("form[action='/settings/company/working-hours'] button[type=submit]"));
        waitUntil(d -> !d.findElements(By.cssSelector(".notice--success[role=status]")).isEmpty());
        assertThat(browser.findElement(By.id("from-MONDAY")).getAttribute("value")).isEqualTo("07:30");
        assertThat(costSharing.workingHours(AccessScope.wholeCompany(company.id())).days())
                .containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        check(problems, "the working hours saved");

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private void check(List<String> problems, String step) {
        Layout.check(browser, problems, step);
    }

    /** Scrolled into the middle of the view at once (the page scrolls smoothly otherwise, and a click would land mid-scroll). */
    private void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void waitUntil(Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
        } catch (RuntimeException e) {
            try {
                java.nio.file.Files.write(java.nio.file.Path.of("target/company-settings-debug.png"),
                        ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                java.nio.file.Files.writeString(java.nio.file.Path.of("target/company-settings-debug.html"),
                        browser.getCurrentUrl() + "\n" + browser.getPageSource());
            } catch (java.io.IOException ignored) {
            }
            throw e;
        }
    }
}

package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.Chromium;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.Layout;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.Oslo;

/**
 * Settings → API (#13.1) in a real Chromium, at a desktop and a phone: a super user reaches the
 * page from the settings tabs, is told next to the field that a token needs a name, makes a token
 * for one scope and one customer number with a last valid day, copies its secret (shown once),
 * calls the company API with it, sees the secret gone and the token active on the next visit,
 * revokes it after confirming, and the API refuses it. After every step axe finds nothing
 * serious and nothing in the page is wider than its container (the tokens table stacks into
 * labelled cards on a phone).
 */
@PortalIntegrationTest
class ApiSettingsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    TestClock clock;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1280, 900", "390, 844"})
    void aSuperUserMakesCopiesUsesAndRevokesAToken(int width, int height) {
        TestCompany company = mother.company("Salg", "Drift");
        Msisdn superUser = company.superUser();
        browser = Chromium.start(width, height);
        allowClipboard();
        logIn(superUser);
        List<String> problems = new ArrayList<>();

        openSettingsNavigation();
        browser.findElement(By.cssSelector(".main-nav")).findElement(By.linkText("Innstillinger")).click();
        browser.findElement(By.cssSelector(".tabs")).findElement(By.linkText("API")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/settings/api"));
        assertThat(browser.findElement(By.cssSelector(".tabs a[aria-current=page]")).getText()).isEqualTo("API");
        check(problems, "the empty page");

        // a form error, next to its field
        browser.findElement(By.cssSelector("#api-token-form button[type=submit]")).click();
        WebElement nameError = waitFor(By.id("token-name-error"));
        WebElement name = browser.findElement(By.id("token-name"));
        assertThat(nameError.isDisplayed()).isTrue();
        assertThat(nameError.getText()).isNotBlank();
        assertThat(nameError.findElement(By.xpath("..")).findElement(By.id("token-name"))).isEqualTo(name);
        assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(name.getAttribute("aria-describedby")).contains("token-name-error");
        check(problems, "a token without a name");

        // a token for invoices under one customer number, valid for a month
        LocalDate lastDay = Oslo.today(clock).plusMonths(1);
        name.sendKeys("Lønn");
        click(By.id("scope-DASHBOARD_READ")); // checked to begin with
        click(By.id("scope-INVOICES_READ"));
        click(By.id("accounts-chosen"));
        click(By.id("token-account-" + company.account(1).id()));
        WebElement lastDayField = browser.findElement(By.id("token-last-day"));
        // the date field's order of day, month and year follows the browser's locale, which headless Chromium
        // does not take from --lang: the value is set as the field itself would set it
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", lastDayField, lastDay.toString());
        assertThat(lastDayField.getAttribute("value")).isEqualTo(lastDay.toString());
        browser.findElement(By.cssSelector("#api-token-form button[type=submit]")).click();

        WebElement made = waitFor(By.id("new-token"));
        assertThat(made.getText()).contains("Ny API-nøkkel «Lønn»", "Du får ikke se den igjen");
        String secret = browser.findElement(By.id("new-secret")).getAttribute("value");
        assertThat(secret).startsWith("bp_");
        assertThat(((JavascriptExecutor) browser).executeScript("var s = arguments[0]; return s.scrollWidth <= s.clientWidth"
                + " && s.scrollHeight <= s.clientHeight", browser.findElement(By.id("new-secret")))).as("the whole secret in view").isEqualTo(true);
        check(problems, "the new token's secret");

        // the copy button: the secret on the clipboard (or at least selected), said in words
        click(By.cssSelector("button[data-copy=new-secret]"));
        waitUntil(d -> !d.findElement(By.id("new-secret-status")).getText().isBlank());
        assertThat(browser.findElement(By.id("new-secret-status")).getText()).isEqualTo("Kopiert.");
        assertThat(clipboard()).isEqualTo(secret);
        check(problems, "the secret copied");

        CompanyApiClient api = new CompanyApiClient(port, secret);
        assertThat(api.get("/api/v1/company").status()).isEqualTo(200);

        // the next visit: the secret is gone, the token is listed as active
        browser.findElement(By.cssSelector(".tabs")).findElement(By.linkText("API")).click();
        waitUntil(d -> d.findElements(By.id("new-token")).isEmpty());
        assertThat(browser.getPageSource()).doesNotContain(secret);
        WebElement row = tokenRow("Lønn");
        assertThat(row.getAttribute("data-status")).isEqualTo("ACTIVE");
        assertThat(row.getText()).contains("Aktiv", "Faktura", company.account(1).number() + " Drift", NorwegianFormat.date(lastDay),
                secret.substring(0, 8) + "…");
        assertThat(row.getText()).doesNotContain("Dashboard");
        if (width < 500) {
            assertThat(browser.findElement(By.cssSelector("#api-tokens thead")).getRect().getHeight()).isLessThanOrEqualTo(1);
            assertThat(row.getCssValue("display")).isEqualTo("block");
            assertThat(labelOf(row.findElement(By.cssSelector("td[data-label]")))).isEqualTo("Nøkkel");
        } else {
            assertThat(browser.findElement(By.cssSelector("#api-tokens thead")).isDisplayed()).isTrue();
        }
        check(problems, "the token listed");

        // revoked after confirming
        click(By.cssSelector("#api-tokens tr[data-status=ACTIVE] form[action$='/revoke'] button"));
        var confirm = new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).contains("«Lønn»");
        confirm.accept();
        waitUntil(d -> !d.findElements(By.cssSelector(".notice--success[role=status]")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".notice--success[role=status]")).getText())
                .isEqualTo("API-nøkkelen «Lønn» er trukket tilbake.");
        WebElement revoked = tokenRow("Lønn");
        assertThat(revoked.getAttribute("data-status")).isEqualTo("REVOKED");
        assertThat(revoked.getText()).contains("Trukket tilbake");
        assertThat(revoked.findElements(By.cssSelector("form[action$='/revoke']"))).isEmpty();
        assertThat(api.get("/api/v1/company").status()).isEqualTo(401);
        check(problems, "the token revoked");

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** Serious axe violations and layout problems (nothing wider than its container, no sideways scroll), prefixed with the step. */
    private void check(List<String> problems, String step) {
        Layout.check(browser, problems, step);
    }

    /** On a phone the main navigation is behind the menu button. */
    private void openSettingsNavigation() {
        WebElement menu = browser.findElement(By.cssSelector(".site-menu > summary"));
        if (menu.isDisplayed()) {
            menu.click();
        }
    }

    /** Headless Chromium lets a page write to the clipboard, and the test read it, only when allowed. */
    private void allowClipboard() {
        ((ChromeDriver) browser).executeCdpCommand("Browser.grantPermissions", Map.of("origin", "http://localhost:" + port,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    private String clipboard() {
        Object text = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "navigator.clipboard.readText().then(done, function (e) { done('error: ' + e); });");
        return String.valueOf(text);
    }

    private WebElement tokenRow(String tokenName) {
        return browser.findElements(By.cssSelector("#api-tokens tbody tr")).stream()
                .filter(row -> row.findElement(By.cssSelector("th[scope=row]")).getText().equals(tokenName))
                .findFirst().orElseThrow(() -> new AssertionError("no token «" + tokenName + "» listed"));
    }

    private String labelOf(WebElement cell) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(arguments[0], '::before').content.replace(/^\"|\"$/g, '')", cell));
    }

    private void logIn(Msisdn msisdn) {
        Chromium.logIn(browser, url(""), msisdn, outbox);
    }

    private void click(By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

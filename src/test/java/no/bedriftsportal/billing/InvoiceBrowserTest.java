package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
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
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.Chromium;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.billing.InvoicedMonthMother.InvoicedMonth;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * F1, F2 and D3 as a person clicks through them in a real Chromium: from the navigation to the
 * list, a filter applied by htmx, an invoice with its lines per subscription, its PDF, and the
 * dashboard's invoice card flipped with the keyboard. Its own database (invoice runs are global).
 */
@PortalIntegrationTest
@Import(InvoicedMonthMother.class)
@TestPropertySource(properties = "portal.database.embedded.data-dir=target/test-postgres-invoice-browser")
class InvoiceBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    InvoicedMonthMother invoicedMonth;

    @Autowired
    SmsOutbox outbox;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start(1280, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(5));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aSuperUserFindsAnInvoiceDownloadsItsPdfAndFlipsTheDashboardCard() throws Exception {
        InvoicedMonth month = invoicedMonth.lastMonth();
        InvoiceSummary sales = month.sales();
        logIn(month.superUser());

        browser.findElement(By.cssSelector(".main-nav")).findElement(By.linkText("Faktura")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Faktura");
        assertThat(browser.findElement(By.cssSelector(".main-nav a[aria-current=page]")).getText()).isEqualTo("Faktura");
        assertThat(invoiceRows()).containsExactlyInAnyOrder(String.valueOf(sales.number()),
                String.valueOf(month.operations().number()));

        new Select(browser.findElement(By.id("filter-status"))).selectByVisibleText("Betalt");

        wait.until(driver -> invoiceRows().equals(List.of(String.valueOf(sales.number()))));
        assertThat(browser.getCurrentUrl()).contains("status=PAID");
        assertThat(browser.findElement(By.id("announcer")).getAttribute("textContent")).isEqualTo("1 treff");
        assertThat(browser.findElement(By.id("filter-status")).equals(browser.switchTo().activeElement())).isTrue();

        browser.findElement(By.linkText(String.valueOf(sales.number()))).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Faktura " + sales.number());
        assertThat(browser.findElement(By.id("invoice-kid")).getText()).isEqualTo(sales.kid());
        WebElement superUsersLines = browser.findElement(
                By.cssSelector("details[data-msisdn='" + month.superUser().value() + "']"));
        assertThat(superUsersLines.getAttribute("open")).isNotNull();
        assertThat(superUsersLines.findElement(By.tagName("summary")).getText()).contains(month.superUser().display(),
                "Sum eks. mva 424,00");
        assertThat(superUsersLines.findElements(By.cssSelector("tbody th"))).extracting(WebElement::getText)
                .contains("Bedrift Fri 5 GB", "Innholdstjeneste – Redd Barna (utenfor mva)");
        browser.findElement(By.xpath("//button[normalize-space()='Skjul alle']")).click();
        assertThat(browser.findElements(By.cssSelector("details.subscription[open]"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("details.subscription"))).hasSize(3);

        String pdfAddress = browser.findElement(By.cssSelector(".page-actions a[href$='/pdf']")).getAttribute("href");
        HttpResponse<byte[]> pdf = withBrowserSession(pdfAddress);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        browser.findElement(By.cssSelector(".main-nav")).findElement(By.linkText("Dashboard")).click();
        WebElement toggle = browser.findElement(By.cssSelector("#card-invoices [data-flip-toggle]"));
        WebElement kid = browser.findElement(By.id("card-invoices-kid-" + month.operations().number()));
        WebElement salesLink = browser.findElement(By.linkText(String.valueOf(sales.number())));
        assertThat(kid.isDisplayed()).isFalse();
        assertThat(salesLink.isDisplayed()).isTrue();

        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", toggle);
        assertThat(browser.switchTo().activeElement()).isEqualTo(toggle);
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(kid.isDisplayed()).isTrue();
        assertThat(kid.getText()).isEqualTo(month.operations().kid());
        assertThat(salesLink.isDisplayed()).isFalse();

        new Actions(browser).sendKeys(Keys.ESCAPE).perform();

        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(kid.isDisplayed()).isFalse();
        assertThat(salesLink.isDisplayed()).isTrue();
        assertThat(browser.switchTo().activeElement()).isEqualTo(toggle);
    }

    private void logIn(Msisdn msisdn) {
        Chromium.logIn(browser, url(""), msisdn, outbox);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
    }

    /** The invoice numbers of the list's rows, read in one go, as htmx may swap the rows at any moment. */
    @SuppressWarnings("unchecked")
    private List<String> invoiceRows() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#invoice-table tbody th a'), a => a.textContent.trim());");
    }

    /** A download as the browser would fetch it: with its session cookie, but through java.net.http. */
    private HttpResponse<byte[]> withBrowserSession(String address) throws Exception {
        Cookie session = browser.manage().getCookieNamed("SESSION");
        assertThat(session).as("the browser's session cookie").isNotNull();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", session.getName() + "=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

package no.bedriftsportal.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

import no.bedriftsportal.Accessibility;
import no.bedriftsportal.Chromium;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.Layout;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * Utstyrsoversikt as an administrator uses it in Chromium (E1, E2): registers a phone (a wrong IMEI refused next to
 * the field first), hands it over and sees the history; imports a file with an error row (shown in words, nothing
 * written), then a good file, confirmed; at 1280 and 390 px without horizontal page scroll and without serious axe
 * findings.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EquipmentBrowserTest {

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
    void aCompanyWithAnEmployee() {
        company = mother.company("Salg", "Drift");
        company.subscriber(0, "FRI_5", "Berit Bruker");
        admin = company.superUser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void registersHandsOverAndImports() throws Exception {
        open(1280, 900);
        browser.get(url("/equipment"));
        assertThat(browser.findElement(By.id("devices-empty")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("replacement-age")).getText()).contains("36");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.findElement(By.id("register-device")).click();
        new Select(browser.findElement(By.id("device-kind"))).selectByValue("PHONE");
        browser.findElement(By.id("device-make")).sendKeys("Apple");
        browser.findElement(By.id("device-model")).sendKeys("iPhone 16");
        browser.findElement(By.id("device-imei")).sendKeys("490154203237517");
        new Select(browser.findElement(By.id("device-customerNumber"))).selectByValue(company.account(0).number());
        browser.findElement(By.id("device-price")).sendKeys("11 990,00");
        browser.findElement(By.id("device-save")).click();
        assertThat(browser.findElement(By.id("device-imei-error")).getText()).contains("490154203237517");
        assertThat(browser.findElement(By.id("device-price")).getAttribute("value")).as("nothing lost").isEqualTo("11 990,00");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.findElement(By.id("device-imei")).clear();
        browser.findElement(By.id("device-imei")).sendKeys("490154203237518");
        browser.findElement(By.id("device-save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("device-flash")));
        assertThat(browser.findElement(By.id("device-status")).getText()).isEqualTo("På lager");

        browser.findElement(By.cssSelector("#action-hand-over summary")).click();
        new Select(browser.findElement(By.id("action-hand-over-holder"))).selectByVisibleText(
                browser.findElement(By.cssSelector("#action-hand-over-holder option:nth-child(2)")).getText());
        browser.findElement(By.id("action-hand-over-note")).sendKeys("Ny i jobben");
        browser.findElement(By.id("action-hand-over-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("device-flash")));
        assertThat(browser.findElement(By.id("device-status")).getText()).isEqualTo("I bruk");
        assertThat(browser.findElements(By.cssSelector("#device-history li"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("#device-history li[data-event=HANDED_OVER]")).getText())
                .contains("Levert ut", "Ny i jobben");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        String number = company.account(0).number();
        String header = "Type;Merke;Modell;IMEI;Serienummer;Kundenummer;Status";
        Path mixed = file("blandet.csv", header, "Ruter;Huawei;B535;;HW-1;" + number + ";På lager",
                "Mobiltelefon;Samsung;Galaxy S24;352099001761480;;" + number + ";På lager");
        browser.get(url("/equipment/import"));
        browser.findElement(By.id("import-file")).sendKeys(mixed.toString());
        browser.findElement(By.id("import-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-rows")));
        assertThat(browser.findElement(By.cssSelector("tr[data-line='3']")).getText()).contains("ikke et gyldig IMEI");
        assertThat(browser.findElements(By.id("import-confirm"))).isEmpty();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        Path good = file("god.csv", header, "Ruter;Huawei;B535;;HW-1;" + number + ";På lager",
                "Mobiltelefon;Samsung;Galaxy S24;352099001761481;;" + number + ";På lager");
        browser.get(url("/equipment/import"));
        browser.findElement(By.id("import-file")).sendKeys(good.toString());
        browser.findElement(By.id("import-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-confirm-submit"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("equipment-flash")));
        assertThat(browser.findElements(By.cssSelector("#devices-table tbody tr"))).hasSize(3);

        browser.findElement(By.id("sort-status")).click();
        wait.until(driver -> driver.getCurrentUrl().contains("sort=status"));
        assertThat(Layout.horizontalPageScroll(browser)).isEmpty();

        browser.quit();
        open(390, 844);
        for (String path : new String[] {"/equipment?q=Galaxy", "/equipment/new", "/equipment/import"}) {
            browser.get(url(path));
            assertThat(Layout.horizontalPageScroll(browser)).as(path).isEmpty();
            assertThat(Accessibility.seriousViolations(browser)).as(path).isEmpty();
        }
        browser.get(url("/equipment"));
        browser.findElement(By.cssSelector("#devices-table tbody th a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("device-history")));
        assertThat(Layout.horizontalPageScroll(browser)).isEmpty();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    private static Path file(String name, String... lines) throws Exception {
        Path file = Files.createTempDirectory("utstyr").resolve(name);
        Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
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

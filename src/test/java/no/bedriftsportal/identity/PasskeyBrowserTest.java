package no.bedriftsportal.identity;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.Chromium;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.Layout;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * Passkeys in Chromium with its virtual authenticator (X5, #18.4): a user limited to one customer
 * number logs in by SMS, registers a passkey on Mine passnøkler, logs out, logs in with the passkey
 * from the login page's button and sees the dashboard with the same menu as after the SMS login;
 * then removes the passkey. The pages at 1280 and 390 px pass {@link Layout#check}.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasskeyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CompanyMother mother;
    @Autowired
    SmsOutbox outbox;
    @Autowired
    TestClock clock;

    TestCompany company;
    Msisdn user;
    Msisdn superUser;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void aCompanyWithAUserAndASuperUser() {
        company = mother.company("Salg", "Drift");
        user = company.user(1);
        superUser = company.superUser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        clock.reset();
    }

    @Test
    void registersAPasskeyLogsInWithItAndRemovesIt() {
        List<String> problems = new ArrayList<>();
        open(1280, 900);
        Chromium.logIn(browser, url(""), user, outbox);
        List<String> menuBySms = menu();
        browser.findElement(By.cssSelector(".user-menu a[href='/account/passkeys']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("passkeys-none")));
        Layout.check(browser, problems, "passkeys, none, 1280");

        WebElement label = browser.findElement(By.id("passkey-label"));
        label.clear();
        label.sendKeys("Jobb-PC");
        browser.findElement(By.id("passkey-register-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#passkeys tr[data-passkey='Jobb-PC']")));
        assertThat(browser.findElement(By.cssSelector("#passkeys tbody tr")).getText()).contains("Aldri brukt");
        Layout.check(browser, problems, "passkeys, one, 1280");

        clock.advance(Duration.ofMinutes(10));
        browser.findElement(By.cssSelector(".user-menu form[action='/logout'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("passkey-login-button")));
        Layout.check(browser, problems, "login, 1280");
        browser.findElement(By.id("passkey-login-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".main-nav")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
        assertThat(menu()).as("the same grants as after the SMS login").isEqualTo(menuBySms);
        assertThat(browser.findElement(By.cssSelector(".user-menu__who")).getText()).contains(user.display());

        browser.get(url("/account/passkeys"));
        assertThat(browser.findElement(By.cssSelector("#passkeys tbody tr")).getText()).doesNotContain("Aldri brukt");
        browser.findElement(By.cssSelector("#passkeys tbody tr form[action$='/remove'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("passkey-flash")));
        assertThat(browser.findElements(By.id("passkeys-none"))).hasSize(1);

        browser.quit();
        open(390, 844);
        browser.get(url("/login"));
        Layout.check(browser, problems, "login, 390");
        Chromium.logIn(browser, url(""), superUser, outbox);
        browser.get(url("/account/passkeys"));
        browser.findElement(By.id("passkey-register-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#passkeys tbody tr")));
        Layout.check(browser, problems, "passkeys, 390");
        browser.get(url("/settings/company"));
        assertThat(browser.findElement(By.id("section-passkeys")).getText()).contains("Superbrukere må logge inn med passnøkkel");
        Layout.check(browser, problems, "company settings, 390");
        assertThat(problems).isEmpty();
    }

    private List<String> menu() {
        return browser.findElements(By.cssSelector(".main-nav ul a")).stream().map(WebElement::getText).toList();
    }

    private void open(int width, int height) {
        browser = Chromium.start(width, height);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        ((HasVirtualAuthenticator) browser).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2).setHasResidentKey(true).setHasUserVerification(true)
                .setIsUserVerified(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

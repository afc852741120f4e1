package no.bedriftsportal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver (never Selenium Manager, which would go
 * online), with a fresh profile and no background networking (STACK-NOTES pitfall 6).
 */
public final class Chromium {

    /**
     * Signs {@code msisdn} in through the login page, with the code the SMS outbox holds, and waits
     * for the signed-in page (the login page's own heading may linger a moment after the submit).
     */
    public static void logIn(WebDriver browser, String baseUrl, no.bedriftsportal.shared.Msisdn msisdn,
            no.bedriftsportal.messaging.SmsOutbox outbox) {
        browser.get(baseUrl + "/login");
        browser.findElement(org.openqa.selenium.By.id("msisdn")).sendKeys(msisdn.national());
        browser.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")).click();
        browser.findElement(org.openqa.selenium.By.id("code")).sendKeys(PortalHttpClient.latestCode(msisdn, outbox));
        browser.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        org.openqa.selenium.By.cssSelector(".main-nav")));
    }

    private Chromium() {
    }

    /** Headless Chromium makes no window narrower than 500 px; narrower sizes are emulated as a phone. */
    private static final int NARROWEST_WINDOW = 500;

    /**
     * A browser whose viewport is {@code width} × {@code height} CSS pixels. Below 500 px wide it
     * emulates a phone (a touch screen that honours the viewport meta tag), since a window
     * cannot be that narrow.
     */
    public static WebDriver start(int width, int height) {
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=nb-NO", "--window-size=" + Math.max(width, NARROWEST_WINDOW) + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new java.io.File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            if (width < NARROWEST_WINDOW) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                        "deviceScaleFactor", 2, "mobile", true));
            }
            return driver;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

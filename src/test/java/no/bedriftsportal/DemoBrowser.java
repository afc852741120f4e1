package no.bedriftsportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Logs a browser in to a running demo portal the way a person does — mobile number, then the
 * code from the demo's SMS outbox — and takes screenshots. Used by the browser tests, and by
 * {@link #main} to photograph a portal started with {@code mvn spring-boot:run}.
 */
public final class DemoBrowser {

    private final WebDriver browser;
    private final String baseUrl;

    public DemoBrowser(WebDriver browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    public WebDriver browser() {
        return browser;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** Logs in with {@code national} (e.g. {@code 91234567}) and waits for the dashboard. */
    public void logIn(String national) {
        browser.get(url("/login"));
        browser.findElement(By.id("msisdn")).sendKeys(national);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        browser.findElement(By.id("code")).sendKeys(codeFromOutbox(national));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".main-nav")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new IllegalStateException("Not logged in; at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
        drawCharts(browser);
    }

    /**
     * Draws every chart of the dashboard now, wherever it is on the page: the dashboard draws a
     * chart only when it comes near the screen (and fetches ECharts with the first), so a test that
     * looks at a chart below the screen asks for this after loading the page. Elsewhere a no-op.
     */
    public static void drawCharts(WebDriver browser) {
        ((JavascriptExecutor) browser).executeScript(
                "return window.Dashboard ? window.Dashboard.drawAll().then(function () { return true; }) : true;");
    }

    /** The newest login code sent to the number, read from the demo's outbox (newest first). */
    public String codeFromOutbox(String national) {
        try {
            HttpResponse<String> outbox = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url("/dev/sms-outbox"))).build(), HttpResponse.BodyHandlers.ofString());
            Matcher matcher = Pattern.compile("\"to\":\"\\+47" + national + "\",\"text\":\"[^\"]*er (\\d{6})").matcher(outbox.body());
            if (!matcher.find()) { // the outbox lists the newest first
                throw new IllegalStateException("No login code for " + national + " in " + outbox.body());
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Saves a screenshot of the whole page (not only the window) as a PNG. */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            byte[] png;
            if (browser instanceof org.openqa.selenium.chrome.ChromeDriver chrome) {
                Object height = chrome.executeScript("return document.documentElement.scrollHeight");
                Object viewportHeight = chrome.executeScript("return window.innerHeight");
                Number width = (Number) chrome.executeScript("return document.documentElement.clientWidth");
                boolean phone = width.intValue() < 500; // Chromium.start emulates a phone below 500 px
                chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                        "deviceScaleFactor", 1, "mobile", phone));
                png = chrome.getScreenshotAs(OutputType.BYTES);
                if (phone) {
                    chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", viewportHeight,
                            "deviceScaleFactor", 2, "mobile", true));
                } else {
                    chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
                }
            } else {
                png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            }
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Photographs a running portal: {@code DemoBrowser [baseUrl] [width] [height] [file] [path]},
     * e.g. {@code http://localhost:8080 1280 900 /tmp/dashboard.png /}.
     */
    public static void main(String[] args) {
        String baseUrl = args.length > 0 ? args[0] : "http://localhost:8080";
        int width = args.length > 1 ? Integer.parseInt(args[1]) : 1280;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 900;
        Path file = Path.of(args.length > 3 ? args[3] : "target/dashboard.png");
        String path = args.length > 4 ? args[4] : "/";
        WebDriver browser = Chromium.start(width, height);
        try {
            DemoBrowser demo = new DemoBrowser(browser, baseUrl);
            demo.logIn(System.getProperty("msisdn", "91234567"));
            browser.get(demo.url(path));
            Thread.sleep(1500);
            demo.screenshot(file);
            System.out.println("Saved " + file.toAbsolutePath());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            browser.quit();
        }
    }
}

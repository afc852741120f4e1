package no.bedriftsportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Download;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;

/**
 * Issue #12.6 on the real server: text answers compressed, static files linked by fingerprinted
 * URLs that browsers keep a year, pages never stored, the dashboard's reduced ECharts bundle,
 * robots.txt and the meta description.
 */
@PortalIntegrationTest
class FastResponsesIntegrationTest {

    private static final String HASH = "-[0-9a-f]{32}";
    /** The whole ECharts 5.3.1 (dist/echarts.min.js) the dashboard used to send. */
    private static final int FULL_ECHARTS_BYTES = 1_016_420;

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    StaticAssets assets;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theLoginPageLinksItsFilesByFingerprintAndIsNeverStored() {
        Page login = new PortalHttpClient(port).get("/login");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.headers().get("cache-control")).anySatisfy(value -> assertThat(value).contains("no-store"));
        assertThat(login.body()).containsPattern("href=\"/css/portal" + HASH + "\\.css\"")
                .containsPattern("src=\"/js/portal" + HASH + "\\.js\"")
                .containsPattern("src=\"/webjars/htmx\\.org/[^\"]*htmx\\.min" + HASH + "\\.js\"")
                .containsPattern("href=\"/img/favicon" + HASH + "\\.svg\"")
                .doesNotContain("href=\"/css/portal.css\"");
    }

    @Test
    void aFingerprintedFileIsKeptForAYearItsPlainUrlIsRevalidatedAndAnOldFingerprintIsNotFound() {
        String css = find(new PortalHttpClient(port).get("/login").body(), "href=\"(/css/portal" + HASH + "\\.css)\"");

        HttpResponse<byte[]> fingerprinted = send(css, null);
        assertThat(fingerprinted.statusCode()).isEqualTo(200);
        assertThat(fingerprinted.headers().allValues("cache-control")).containsExactly("public, max-age=31536000, immutable");
        assertThat(fingerprinted.headers().firstValue("pragma")).isEmpty();

        HttpResponse<byte[]> plain = send("/css/portal.css", null);
        assertThat(plain.statusCode()).as("the plain URL keeps working").isEqualTo(200);
        assertThat(plain.body()).isEqualTo(fingerprinted.body());
        assertThat(plain.headers().allValues("cache-control")).containsExactly("no-cache");

        String stale = css.replaceAll(HASH, "-" + "0".repeat(32));
        assertThat(send(stale, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theDashboardLoadsTheReducedEchartsAndTheMapByFingerprintAndBothComeGzipped() throws IOException {
        PortalHttpClient admin = new PortalHttpClient(port);
        admin.logIn(mother.company("Salg").superUser(), outbox);
        Page dashboard = admin.get("/");

        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.headers().get("cache-control")).anySatisfy(value -> assertThat(value).contains("no-store"));
        assertThat(dashboard.body()).doesNotContain("echarts.min.js");
        String echarts = find(dashboard.body(), "data-echarts=\"(/js/echarts" + HASH + "\\.js)\"");

        HttpResponse<byte[]> plain = send(echarts, null);
        HttpResponse<byte[]> gzipped = send(echarts, "gzip, deflate, br");
        assertThat(plain.body().length).as("ECharts with only the charts drawn").isBetween(100_000, FULL_ECHARTS_BYTES * 2 / 3);
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("registerMap", "getInstanceByDom");
        assertThat(gzipped.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("vary")).anySatisfy(value -> assertThat(value).containsIgnoringCase("Accept-Encoding"));
        assertThat(gzipped.headers().allValues("cache-control")).containsExactly("public, max-age=31536000, immutable");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());

        // the world map's geometry, whose fingerprinted URL D4 gives world.js (DashboardPagesIntegrationTest)
        String geometry = assets.url("/geo/world-110m.json");
        assertThat(geometry).matches("/geo/world-110m" + HASH + "\\.json");
        HttpResponse<byte[]> map = send(geometry, "gzip");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(map.headers().allValues("cache-control")).containsExactly("public, max-age=31536000, immutable");
        assertThat(new String(gunzip(map.body()), StandardCharsets.UTF_8)).startsWith("{").contains("\"features\"");
    }

    @Test
    void pagesAndFragmentsComeCompressedWhenTheBrowserAsks() throws IOException {
        PortalHttpClient admin = new PortalHttpClient(port);
        admin.logIn(mother.company("Salg").superUser(), outbox);
        Download uncompressed = admin.download("/");
        byte[] plain = uncompressed.content();
        assertThat(uncompressed.header("Content-Length")).as("rendered whole before it is sent (BufferedJteViews)")
                .isEqualTo(String.valueOf(plain.length));
        assertThat(new String(plain, StandardCharsets.UTF_8).strip()).endsWith("</html>");

        admin.header("Accept-Encoding", "gzip");
        Download page = admin.download("/");
        assertThat(page.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.content().length).isLessThan(plain.length / 3);
        assertThat(new String(gunzip(page.content()), StandardCharsets.UTF_8)).contains("id=\"card-subscriptions\"");

        Download plainCss = admin.download("/css/portal.css");
        assertThat(plainCss.header("Content-Encoding")).as("the plain URL of a file the build gzipped").isEqualTo("gzip");
        assertThat(gunzip(plainCss.content())).isEqualTo(send("/css/portal.css", null).body());
    }

    @Test
    void robotsTxtIsAFileForEveryoneThatKeepsCrawlersToTheLoginPage() {
        HttpResponse<byte[]> robots = send("/robots.txt", null);

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(new String(robots.body(), StandardCharsets.UTF_8)).contains("User-agent: *", "Allow: /login",
                "Disallow: /\n", "Disallow: /api/", "Disallow: /dev/");
    }

    @Test
    void everyPageHasAMetaDescriptionInItsLanguage() {
        PortalHttpClient visitor = new PortalHttpClient(port);
        assertThat(visitor.get("/login").body())
                .contains("<meta name=\"description\" content=\"Bedriftsportalen for mobilabonnementene til bedriften din");
        assertThat(visitor.get("/login?lang=en").body())
                .contains("<meta name=\"description\" content=\"The business portal for your company");

        PortalHttpClient admin = new PortalHttpClient(port);
        admin.logIn(mother.company("Salg").superUser(), outbox);
        assertThat(admin.get("/").body()).contains("<meta name=\"description\" content=\"");
        assertThat(admin.get("/finnes-ikke").body()).as("the error page too").contains("<meta name=\"description\" content=\"");
    }

    private HttpResponse<byte[]> send(String path, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    private static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}

package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.Accessibility;
import no.bedriftsportal.Chromium;
import no.bedriftsportal.DemoBrowser;
import no.bedriftsportal.DemoPortalTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.Oslo;

/**
 * #12 in a real Chromium against the demo, at 1280 × 800 and 390 × 844: what the reader sets on
 * the dashboard (every card's period, chart toggles, D5's filter, D7's sort and filter, turned
 * cards, open panels) is in the address, survives each card's re-render for a new period and comes
 * back from the address after a reload; a slow card shows that it loads (aria-busy, dimmed, "Laster
 * …"), a failing one says so with "Prøv igjen", which recovers it; "Krever handling" lists the demo's
 * overdue invoice with amount and days, and its link opens the invoice. axe finds nothing serious
 * after each step. Slow and failing requests are made in the browser, by wrapping XMLHttpRequest.
 */
@DemoPortalTest
class DashboardStateBrowserTest {

    /** Wraps XMLHttpRequest: requests whose address contains window.__slow wait window.__slowMs; window.__fail breaks them. */
    private static final String INTERCEPT = """
            if (!window.__intercepting) {
                window.__intercepting = true;
                var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.open = function (method, url) {
                    var args = Array.prototype.slice.call(arguments);
                    if (window.__fail && String(url).indexOf(window.__fail) >= 0) {
                        args[1] = window.__failMode === 'network' ? 'http://127.0.0.1:9/unreachable' : '/dashboard/no-such-card';
                    }
                    this.__url = String(url);
                    return open.apply(this, args);
                };
                XMLHttpRequest.prototype.send = function () {
                    var xhr = this, args = arguments;
                    if (window.__slow && xhr.__url.indexOf(window.__slow) >= 0) {
                        window.setTimeout(function () { send.apply(xhr, args); }, window.__slowMs || 3000);
                    } else {
                        send.apply(xhr, args);
                    }
                };
            }""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    static WebDriver browser;
    static DemoBrowser demo;
    static WebDriverWait wait;

    @BeforeEach
    void logInOnce() {
        if (browser == null) {
            browser = Chromium.start(1280, 800);
            demo = new DemoBrowser(browser, "http://localhost:" + port);
            demo.logIn("91234567");
            wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        }
    }

    @AfterEach
    void desktopAgain() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void onADesktopEveryCardKeepsItsStateThroughAPeriodChangeAndAReload() {
        everyCardKeepsItsState();
    }

    @Test
    void onAPhoneEveryCardKeepsItsStateThroughAPeriodChangeAndAReload() {
        phone();
        everyCardKeepsItsState();
    }

    @Test
    void onADesktopASlowCardShowsItLoadsAndAFailingOneRecovers() {
        slowAndFailing();
    }

    @Test
    void onAPhoneASlowCardShowsItLoadsAndAFailingOneRecovers() {
        phone();
        slowAndFailing();
    }

    @Test
    void theStripListsTheOverdueInvoiceWithAmountAndDaysAndItsLinkOpensIt() {
        for (boolean onAPhone : new boolean[] {false, true}) {
            if (onAPhone) {
                phone();
            }
            browser.get(demo.url("/"));
            DemoBrowser.drawCharts(browser);
            WebElement item = wait.until(driver -> driver.findElement(By.cssSelector("#attention [data-attention='overdue-invoice'] a")));
            assertThat(item.getText()).matches("Faktura (\\d+) er forfalt: [\\d\\s\u00a0]+,\\d\\d[\\s\u00a0]kr ubetalt, \\d+ dag(er)? over forfall");
            assertThat(browser.findElement(By.cssSelector("#attention [data-attention='open-amount']")).getText())
                    .startsWith("Åpent beløp");
            assertThat(Accessibility.seriousViolations(browser, "#attention")).isEmpty();
            String number = item.getText().replaceAll("^Faktura (\\d+) .*$", "$1");
            item.click();
            wait.until(driver -> driver.getCurrentUrl().matches(".*/invoices/\\d+$"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains(number);
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Forfalt");
        }
    }

    private void everyCardKeepsItsState() {
        browser.get(demo.url("/"));
        DemoBrowser.drawCharts(browser);
        waitForCharts();

        // set something on every card
        toggle("chart-costs", "traffic");
        toggle("chart-data", "outside");
        flip("card-invoices");
        flip("cost-card-data");
        new Select(browser.findElement(By.id("user-sort"))).selectByValue("MINUTES");
        waitFor("D7 sorted by minutes", d -> url().contains("userSort=MINUTES"));
        new Select(browser.findElement(By.id("data-filter-sort"))).selectByValue("PERCENT_DESC");
        waitFor("D5 sorted", d -> url().contains("sort=PERCENT_DESC"));
        String dataUser = clickFirst("#data-users [data-user-button]", "dataUser=");
        flip("card-world");
        String country = clickFirst("#world-table tbody [hx-get]", "country=");
        String user = clickFirst("#users-list tbody tr th a[data-select-user]", "user=");
        noSeriousAxeViolation();
        assertThat(url()).contains("costsHide=traffic", "dataHide=outside", "card-invoices", "cost-card-data", "card-world");

        // a new period on every card keeps the rest of its state
        period("subscriptions", "DAYS_7");
        period("world", "DAYS_90");
        waitFor("D4 keeps its country", d -> !d.findElements(By.cssSelector("#world-users h3, #world-users table")).isEmpty());
        assertFlipped("card-world");
        new Select(browser.findElement(By.id("costs-months"))).selectByValue("24");
        waitFor("D2 for 24 months", d -> url().contains("costs=24") && d.findElements(By.cssSelector("#costs-table tbody tr")).size() == 24);
        assertToggledOff("chart-costs", "traffic");
        assertFlipped("cost-card-data");
        period("data", "LAST_MONTH");
        assertToggledOff("chart-data", "outside");
        assertThat(new Select(browser.findElement(By.id("data-filter-sort"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("PERCENT_DESC");
        period("users", "LAST_MONTH");
        assertThat(new Select(browser.findElement(By.id("user-sort"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("MINUTES");
        waitFor("D6 keeps its user", d -> !d.findElements(By.cssSelector("#user-panel [data-line], #user-panel #chart-user-trend")).isEmpty());
        noSeriousAxeViolation();

        // the same from the address alone
        String address = url();
        assertThat(address).contains("subscriptions=DAYS_7", "world=DAYS_90", "costs=24", "data=LAST_MONTH", "users=LAST_MONTH",
                "user=" + user, "dataUser=" + dataUser, "country=" + country);
        browser.navigate().refresh();
        DemoBrowser.drawCharts(browser);
        waitForCharts();
        assertThat(checked("subscriptions")).isEqualTo("DAYS_7");
        assertThat(checked("world")).isEqualTo("DAYS_90");
        assertThat(checked("data")).isEqualTo("LAST_MONTH");
        assertThat(checked("users")).isEqualTo("LAST_MONTH");
        assertThat(new Select(browser.findElement(By.id("costs-months"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("24");
        assertToggledOff("chart-costs", "traffic");
        assertToggledOff("chart-data", "outside");
        assertFlipped("card-invoices");
        assertFlipped("cost-card-data");
        assertFlipped("card-world");
        assertThat(new Select(browser.findElement(By.id("user-sort"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("MINUTES");
        assertThat(new Select(browser.findElement(By.id("data-filter-sort"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("PERCENT_DESC");
        waitFor("D4's country after the reload", d -> !d.findElements(By.cssSelector("#world-users h3, #world-users table")).isEmpty());
        waitFor("D5's user after the reload", d -> !d.findElements(By.cssSelector("#data-user-panel .data-user")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#user-panel [data-line], #user-panel #chart-user-trend"))).isNotEmpty();
        assertThat(url()).isEqualTo(address);
        noSeriousAxeViolation();
    }

    @Test
    void onAPhoneTheUserPanelIsASheetThatClosesWithItsButtonOrEscape() {
        phone();
        browser.get(demo.url("/"));
        waitFor("the users card", d -> !d.findElements(By.cssSelector(".users-table tbody tr")).isEmpty());
        for (boolean escape : new boolean[] {false, true}) {
            WebElement link = browser.findElement(By.cssSelector(".users-table tbody tr:first-child [data-select-user]"));
            js("arguments[0].scrollIntoView({block: 'center'})", link);
            link.click();
            waitFor("D6's user open", d -> !d.findElements(By.cssSelector("#user-panel [data-close-panel]")).isEmpty()
                    && url().matches(".*[?&]user=\\d+.*"));
            assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus in the panel").isEqualTo("user-panel-title");
            assertThat(js("return getComputedStyle(document.getElementById('user-panel')).position")).isEqualTo("fixed");
            Map<?, ?> box = (Map<?, ?>) js("var r = document.getElementById('user-panel').getBoundingClientRect();"
                    + " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height};");
            assertThat(((Number) box.get("bottom")).doubleValue()).as("at the bottom").isCloseTo(844, org.assertj.core.data.Offset.offset(1.0));
            assertThat(((Number) box.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(((Number) box.get("right")).doubleValue()).isLessThanOrEqualTo(390);
            assertThat(((Number) box.get("height")).doubleValue()).as("at most 75 %").isLessThanOrEqualTo(844 * 0.75 + 1);
            assertThat(((Number) box.get("top")).doubleValue()).isGreaterThanOrEqualTo(844 * 0.25 - 1);
            assertThat(no.bedriftsportal.Layout.overflows(browser, "#user-panel")).isEmpty();
            assertThat(no.bedriftsportal.Layout.horizontalPageScroll(browser)).isEmpty();
            noSeriousAxeViolation();

            WebElement close = browser.findElement(By.cssSelector("#user-panel [data-close-panel]"));
            assertThat(close.isDisplayed()).isTrue();
            assertThat(close.getAttribute("aria-label")).isEqualTo("Lukk brukerdetaljene");
            if (escape) {
                browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            } else {
                close.sendKeys(Keys.ENTER); // reached and used by keyboard
            }
            waitFor("D6's panel closed", d -> d.findElements(By.cssSelector("#user-panel [data-close-panel]")).isEmpty());
            assertThat(browser.switchTo().activeElement()).as("focus back on the row's button")
                    .isEqualTo(browser.findElement(By.cssSelector(".users-table tbody tr:first-child [data-select-user]")));
            assertThat(url()).doesNotContainPattern("[?&]user=");
            assertThat(browser.findElements(By.cssSelector(".users-table tr.is-selected"))).isEmpty();
            assertThat(js("return getComputedStyle(document.getElementById('user-panel')).position")).as("in the flow again").isEqualTo("static");
            assertThat(browser.findElement(By.id("user-panel-title")).getText()).isEqualTo("Brukerdetaljer");
            noSeriousAxeViolation();
        }
        browser.navigate().refresh();
        waitFor("the users card", d -> !d.findElements(By.cssSelector(".users-table tbody tr")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#user-panel [data-close-panel]"))).as("closed after a reload").isEmpty();
        assertThat(js("return getComputedStyle(document.getElementById('user-panel')).position")).isEqualTo("static");
    }

    /**
     * D6's last sentence (#14.8): on a phone, the sheet of a user with invoice control (for the test, the
     * demo's user with the most content purchases this month gets the ready-made Standard profile; taken
     * away again after) shows the month's content purchases with their classification and the estimate.
     */
    @Test
    void onAPhoneTheSheetOfAUserWithInvoiceControlShowsTheContentPurchasesAndTheEstimate() {
        Instant now = clock.instant();
        Map<String, Object> user = jdbc.sql("""
                select s.company_id, s.subscription_id, s.msisdn, count(u.cdr_id) as purchases
                from subscription s
                left join usage_event u on u.company_id = s.company_id and u.subscription_id = s.subscription_id
                     and u.content_service and u.amount <> 0 and u.start_time >= :from and u.start_time < :now
                where s.employee_id is not null and s.terminated_on is null
                  and s.company_id = (select company_id from portal_user where msisdn = '+4791234567' limit 1)
                group by s.company_id, s.subscription_id, s.msisdn
                order by count(u.cdr_id) desc, s.subscription_id limit 1""")
                .param("from", java.sql.Timestamp.from(Oslo.startOf(Oslo.monthOf(now).atDay(1))))
                .param("now", java.sql.Timestamp.from(now)).query().singleRow();
        long companyId = ((Number) user.get("company_id")).longValue();
        long subscriptionId = ((Number) user.get("subscription_id")).longValue();
        long profileId = jdbc.sql("select profile_id from costsharing_profile where company_id = :c and ready_made = 'STANDARD'")
                .param("c", companyId).query(Long.class).single();
        java.sql.Timestamp assignedAt = java.sql.Timestamp.from(now.minusSeconds(3600));
        jdbc.sql("""
                insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, profile_id, assigned_by)
                values (:c, :s, :at, 'PROFILE', :p, 'DashboardStateBrowserTest')""")
                .param("c", companyId).param("s", subscriptionId).param("at", assignedAt).param("p", profileId).update();
        // the first purchase reported as business use (taken away again after)
        int work = jdbc.sql("""
                insert into content_classification (company_id, cdr_id, piece, subscription_id, start_time, classification,
                        classified_at, classified_by, classified_by_name)
                select company_id, cdr_id, piece, subscription_id, start_time, 'WORK', now(), 'EMPLOYEE', 'DashboardStateBrowserTest'
                from usage_event where company_id = :c and subscription_id = :s and content_service and amount <> 0
                  and start_time >= :from and start_time < :now
                  and not exists (select 1 from content_classification k where k.company_id = usage_event.company_id
                                  and k.cdr_id = usage_event.cdr_id and k.piece = usage_event.piece)
                order by start_time limit 1""")
                .param("c", companyId).param("s", subscriptionId)
                .param("from", java.sql.Timestamp.from(Oslo.startOf(Oslo.monthOf(now).atDay(1))))
                .param("now", java.sql.Timestamp.from(now)).update();
        try {
            phone();
            String number = String.valueOf(user.get("msisdn")).replace("+47", "");
            browser.get(demo.url("/?userSearch=" + number + "#card-users"));
            waitFor("the user found", d -> d.findElements(By.cssSelector(".users-table tbody tr")).size() == 1);
            WebElement link = browser.findElement(By.cssSelector(".users-table tbody tr:first-child [data-select-user]"));
            js("arguments[0].scrollIntoView({block: 'center'})", link);
            link.click();
            waitFor("D6's user with invoice control open", d -> !d.findElements(By.cssSelector("#user-panel [data-invoice-control]")).isEmpty());
            assertThat(js("return getComputedStyle(document.getElementById('user-panel')).position")).as("a sheet").isEqualTo("fixed");
            WebElement section = browser.findElement(By.id("user-invoice-control"));
            js("arguments[0].scrollIntoView({block: 'start'})", section);
            assertThat(section.isDisplayed()).isTrue();
            assertThat(section.getText()).contains("Fakturakontroll", "Profil: Standard", "Foreløpig for", "Trekk i lønn",
                    "Skattepliktig fordel", "Innholdstjenester i", "Se ");
            if (((Number) user.get("purchases")).longValue() > 0) {
                assertThat(section.findElements(By.cssSelector(".user-purchases tbody tr")))
                        .hasSize((int) ((Number) user.get("purchases")).longValue());
                assertThat(section.findElement(By.cssSelector(".user-purchases tbody tr td[data-label=Klassifisering]")).getText())
                        .isNotBlank();
                assertThat(section.findElements(By.cssSelector(".user-purchases .tag--work"))).hasSize(work);
                assertThat(section.getText()).contains(work == 1 ? "Rapportert som jobb: 1 kjøp" : "Ingen kjøp er rapportert som jobb");
                assertThat(section.findElement(By.cssSelector(".user-purchases tbody tr")).getCssValue("display"))
                        .as("rows as cards on a phone").isNotEqualTo("table-row");
            }
            assertThat(no.bedriftsportal.Layout.overflows(browser, "#user-panel")).isEmpty();
            assertThat(no.bedriftsportal.Layout.horizontalPageScroll(browser)).isEmpty();
            noSeriousAxeViolation();
            browser.findElement(By.cssSelector("#user-panel [data-close-panel]")).sendKeys(Keys.ENTER);
            waitFor("D6's panel closed", d -> d.findElements(By.cssSelector("#user-panel [data-close-panel]")).isEmpty());

            // and at 1280 px, beside the list, nothing spills out of the panel
            desktopAgain();
            browser.get(demo.url("/?userSearch=" + number + "&user=" + subscriptionId + "#user-panel"));
            waitFor("D6's user open beside the list", d -> !d.findElements(By.cssSelector("#user-panel [data-invoice-control]")).isEmpty());
            js("document.getElementById('user-invoice-control').scrollIntoView({block: 'start'})");
            assertThat(no.bedriftsportal.Layout.overflows(browser, "#user-panel")).isEmpty();
            assertThat(no.bedriftsportal.Layout.horizontalPageScroll(browser)).isEmpty();
        } finally {
            jdbc.sql("delete from content_classification where company_id = :c and subscription_id = :s"
                    + " and classified_by_name = 'DashboardStateBrowserTest'").param("c", companyId).param("s", subscriptionId).update();
            jdbc.sql("delete from costsharing_assignment where company_id = :c and subscription_id = :s and assigned_by = 'DashboardStateBrowserTest'")
                    .param("c", companyId).param("s", subscriptionId).update();
        }
    }

    @Test
    void onADesktopTheUserPanelStaysBesideTheList() {
        browser.get(demo.url("/"));
        waitFor("the users card", d -> !d.findElements(By.cssSelector(".users-table tbody tr")).isEmpty());
        WebElement link = browser.findElement(By.cssSelector(".users-table tbody tr:first-child [data-select-user]"));
        js("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        waitFor("D6's user open", d -> !d.findElements(By.cssSelector("#user-panel [data-close-panel]")).isEmpty());
        assertThat(js("return getComputedStyle(document.getElementById('user-panel')).position")).isEqualTo("sticky");
        assertThat(((Number) js("return document.getElementById('user-panel').getBoundingClientRect().left"
                + " - document.querySelector('.users-main').getBoundingClientRect().right")).doubleValue()).as("beside the list").isGreaterThan(0);
        browser.findElement(By.cssSelector("#user-panel [data-close-panel]")).click();
        waitFor("D6's panel closed", d -> d.findElements(By.cssSelector("#user-panel [data-close-panel]")).isEmpty());
        assertThat(browser.findElement(By.id("user-panel-title")).getText()).isEqualTo("Brukerdetaljer");
        assertThat(url()).doesNotContainPattern("[?&]user=");
    }

    private void slowAndFailing() {
        browser.get(demo.url("/"));
        DemoBrowser.drawCharts(browser);
        waitForCharts();
        js(INTERCEPT);

        // slow: the card is busy, dimmed and says it loads, until the new figures are in
        js("window.__slow = '/dashboard/subscriptions'; window.__slowMs = 2500;");
        browser.findElement(By.xpath("//section[@id='card-subscriptions']//label[contains(., '7 dager')]")).click();
        waitFor("D1 busy", d -> "true".equals(d.findElement(By.id("card-subscriptions")).getAttribute("aria-busy")));
        WebElement loading = browser.findElement(By.cssSelector("#card-subscriptions .card__loading"));
        assertThat(loading.isDisplayed()).isTrue();
        assertThat(loading.getText()).contains("Laster Abonnementer");
        assertThat(browser.findElement(By.id("announcer")).getAttribute("textContent")).contains("Laster Abonnementer");
        assertThat(js("return getComputedStyle(document.getElementById('card-subscriptions'), '::after').backgroundColor"))
                .as("the figures are veiled").isEqualTo("rgba(255, 255, 255, 0.6)");
        noSeriousAxeViolation();
        waitFor("D1 for 7 days", d -> d.findElement(By.id("card-subscriptions")).getAttribute("aria-busy") == null
                && checked("subscriptions").equals("DAYS_7") && d.findElements(By.cssSelector("#card-subscriptions .card__loading")).isEmpty());
        js("window.__slow = null;");

        // failing: an HTTP error, then no network; each time the card says so and "Prøv igjen" recovers it
        for (String mode : new String[] {"http", "network"}) {
            js("window.__fail = '/dashboard/costs'; window.__failMode = arguments[0];", mode);
            new Select(browser.findElement(By.id("costs-months"))).selectByValue("24".equals(selectedMonths()) ? "12" : "24");
            WebElement retry = waitFor("D2 failed (" + mode + ")",
                    d -> d.findElement(By.cssSelector("#card-costs .card__error [data-card-retry]")));
            assertThat(browser.findElement(By.cssSelector("#card-costs .card__error")).getText())
                    .contains("network".equals(mode) ? "Ingen forbindelse" : "Kostnadsutvikling");
            assertThat(browser.findElement(By.id("chart-costs")).isDisplayed()).as("no stale figures").isFalse();
            assertThat(browser.findElement(By.id("card-costs")).getAttribute("aria-busy")).isNull();
            assertThat(browser.switchTo().activeElement()).isEqualTo(retry);
            noSeriousAxeViolation();
            js("window.__fail = null;");
            String wanted = selectedMonths();
            retry.sendKeys(Keys.ENTER);
            waitFor("D2 recovered (" + mode + ")", d -> d.findElements(By.cssSelector("#card-costs .card__error")).isEmpty()
                    && d.findElements(By.cssSelector("#costs-table tbody tr")).size() == Integer.parseInt(wanted)
                    && !d.findElements(By.cssSelector("#chart-costs svg")).isEmpty());
            assertThat(url()).contains("costs=" + wanted);
        }
        noSeriousAxeViolation();
    }


    private void phone() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    private void waitForCharts() {
        waitFor("charts drawn", d -> !d.findElements(By.cssSelector("#chart-costs svg")).isEmpty()
                && !d.findElements(By.cssSelector("#chart-data svg")).isEmpty());
    }

    private void toggle(String chart, String key) {
        WebElement box = browser.findElement(By.cssSelector("[data-chart-toggles='" + chart + "'] input[data-series-key='" + key + "']"));
        js("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
        waitFor(chart + " " + key + " off", d -> url().contains(key));
    }

    private void assertToggledOff(String chart, String key) {
        WebElement box = browser.findElement(By.cssSelector("[data-chart-toggles='" + chart + "'] input[data-series-key='" + key + "']"));
        waitFor(chart + " " + key + " stays off", d -> !box.isSelected() && Boolean.FALSE.equals(js(
                "var c = echarts.getInstanceByDom(document.getElementById(arguments[0])); return c.getOption().legend[0].selected[arguments[1]];",
                chart, box.getAttribute("value"))));
    }

    private void flip(String id) {
        WebElement toggle = browser.findElement(By.cssSelector("#" + id + " [data-flip-toggle]"));
        js("arguments[0].scrollIntoView({block: 'center'})", toggle);
        tap(toggle);
        waitFor(id + " turned", d -> url().contains(id));
    }

    private void assertFlipped(String id) {
        waitFor(id + " shown from the back", d -> "true".equals(d.findElement(By.cssSelector("#" + id + " [data-flip-toggle]"))
                .getAttribute("aria-expanded")));
    }

    /** Clicks the first of these links or buttons and returns the value the address got for {@code parameter}. */
    private String clickFirst(String css, String parameter) {
        WebElement first = waitFor(css, d -> d.findElement(By.cssSelector(css)));
        js("arguments[0].scrollIntoView({block: 'center'})", first);
        waitFor("still", d -> Boolean.TRUE.equals(js("return document.getAnimations().every(function (a) { return a.playState !== 'running'; })")));
        tap(first);
        waitFor(parameter, d -> url().matches(".*[?&]" + parameter + "[^&#]+.*"));
        return url().replaceAll(".*[?&]" + parameter + "([^&#]+).*", "$1");
    }

    /** Clicks; on a phone with a user's sheet open, which covers the bottom of the screen, by script: the state is tested here, not the tap. */
    private void tap(WebElement element) {
        if (Boolean.TRUE.equals(js("return window.innerWidth < 960 && !!document.querySelector('[data-sheet-panel] [data-close-panel]')"))) {
            js("arguments[0].click()", element);
        } else {
            element.click();
        }
    }

    private void period(String card, String value) {
        WebElement option = browser.findElement(By.cssSelector("#card-" + card + " input[name='" + card + "'][value='" + value + "']"));
        js("arguments[0].scrollIntoView({block: 'center'})", option);
        js("arguments[0].closest('label').click()", option);
        waitFor(card + " " + value, d -> url().contains(card + "=" + value) && checked(card).equals(value)
                && d.findElement(By.id("card-" + card)).getAttribute("aria-busy") == null);
    }

    private String checked(String card) {
        return browser.findElement(By.cssSelector("#card-" + card + " input[name='" + card + "']:checked")).getAttribute("value");
    }

    private String selectedMonths() {
        return new Select(browser.findElement(By.id("costs-months"))).getFirstSelectedOption().getAttribute("value");
    }

    private String url() {
        return browser.getCurrentUrl();
    }

    private void noSeriousAxeViolation() {
        waitFor("no card busy", d -> d.findElements(By.cssSelector(".card[aria-busy]")).isEmpty());
        assertThat(Accessibility.seriousViolations(browser, ".dashboard")).isEmpty();
    }

    private <T> T waitFor(String what, Function<WebDriver, T> condition) {
        return wait.withMessage(() -> what + " at " + url()).until(driver -> {
            T result = condition.apply(driver);
            return result instanceof Boolean b && !b ? null : result;
        });
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}

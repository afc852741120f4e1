package no.bedriftsportal.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import no.bedriftsportal.Chromium;
import no.bedriftsportal.DemoBrowser;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.RegisterCompany;
import no.bedriftsportal.customer.RegisterEmployee;
import no.bedriftsportal.identity.Actor;
import no.bedriftsportal.identity.GrantAccess;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Iccid;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.OrgNumber;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Issue #5's benchmark: a company of 2,000 subscriptions with 36 months of usage and one of 10,000,
 * their rollups written as an ingest would leave them ({@link DashboardBenchmarkData}); then every
 * dashboard endpoint requested over HTTP by a logged-in super user, repeatedly, with the median
 * and 95th percentile of the round trip on localhost (an upper bound of the server time); then the
 * whole page in Chromium until every chart is drawn. Run with {@code mvn -Pbenchmark-dashboard verify};
 * {@code -Dbenchmark.companies=2000} measures one size only.
 */
public final class DashboardBenchmark {

    private static final int WARM_UP = 5;
    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 40);
    private static final String[] PLANS = {"FRI_1", "FRI_5", "FRI_5", "FRI_20", "BASIS"};
    private static final String[] DEPARTMENTS = {"Salg", "Drift", "Service", "Lager", "Økonomi", "Ledelse", "IT", "Marked",
            "Innkjøp", "Kundeservice"};
    private static final String[] FIRST = {"Kari", "Ola", "Ingrid", "Lars", "Nora", "Jonas", "Emma", "Henrik", "Sofie", "Magnus"};
    private static final String[] LAST = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
            "Jensen", "Berg"};

    public static void main(String[] args) throws Exception {
        String sizes = System.getProperty("benchmark.companies", "2000,10000");
        try (ConfigurableApplicationContext context = BenchmarkPortal.start("dashboard")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            List<String> report = new ArrayList<>();
            int companyIndex = 0;
            for (String size : sizes.split(",")) {
                int subscriptions = Integer.parseInt(size.strip());
                int fullDailyMonths = subscriptions <= 2000 ? 36 : 2;
                report.addAll(measure(context, port, companyIndex++, subscriptions, fullDailyMonths));
            }
            System.out.println();
            report.forEach(System.out::println);
            if (Boolean.getBoolean("benchmark.keep")) { // to look at query plans: the database stays up until killed
                try (var connection = context.getBean(DataSource.class).getConnection()) {
                    System.out.println("database kept at " + connection.getMetaData().getURL());
                }
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }

    private static List<String> measure(ConfigurableApplicationContext context, int port, int companyIndex, int size,
            int fullDailyMonths) throws Exception {
        LocalDate today = Oslo.today(context.getBean(Clock.class));
        long started = System.nanoTime();
        Company company = company(context, companyIndex);
        List<DashboardBenchmarkData.Line> lines = subscriptions(context, company, companyIndex, size, today);
        Msisdn admin = subscriptionsOf(context, company).get(0).msisdn();
        context.getBean(PortalUsers.class).grant(company.id(), GrantAccess.superUser(admin.value()), Actor.operator("127.0.0.1"));
        double activated = BenchmarkPortal.seconds(started);
        started = System.nanoTime();
        long dailyRows = DashboardBenchmarkData.write(context.getBean(DataSource.class), lines, today, fullDailyMonths);
        double written = BenchmarkPortal.seconds(started);

        PortalHttpClient http = new PortalHttpClient(port);
        http.logIn(admin, context.getBean(SmsOutbox.class));
        long someone = lines.get(lines.size() / 3).subscriptionId();
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("whole page (every card)", "/");
        endpoints.put("D1 subscriptions, 7 days", "/dashboard/subscriptions?subscriptions=DAYS_7");
        endpoints.put("D1 subscriptions, 30 days", "/dashboard/subscriptions?subscriptions=DAYS_30");
        endpoints.put("D1 subscriptions, 90 days", "/dashboard/subscriptions?subscriptions=DAYS_90");
        endpoints.put("D2 costs, 12 months", "/dashboard/costs?costs=12");
        endpoints.put("D2 costs, 36 months", "/dashboard/costs?costs=36");
        endpoints.put("D4 world map, 30 days", "/dashboard/world?world=DAYS_30");
        endpoints.put("D4 world map, 90 days", "/dashboard/world?world=DAYS_90");
        endpoints.put("D4 a country's top users (90 d)", "/dashboard/world/countries/SE?world=DAYS_90");
        endpoints.put("D4 Excel per country (90 d)", "/dashboard/world.xlsx?world=DAYS_90");
        endpoints.put("D5 data card, this month", "/dashboard/data?data=THIS_MONTH");
        endpoints.put("D5 data card, last month", "/dashboard/data?data=LAST_MONTH");
        endpoints.put("D5 list by % of package, page 2", "/dashboard/data/users?data=THIS_MONTH&sort=PERCENT_DESC&page=2");
        endpoints.put("D5 list filtered (name, MB)", "/dashboard/data/users?data=LAST_MONTH&name=olsen&minMb=500");
        endpoints.put("D5 one user's packages", "/dashboard/data/users/" + someone + "?data=THIS_MONTH");
        endpoints.put("D5 Excel, two sheets", "/dashboard/data.xlsx?data=LAST_MONTH");
        endpoints.put("D6/D7 users card, this month", "/dashboard/users?users=THIS_MONTH");
        endpoints.put("D7 list by MB, last month", "/dashboard/users/list?users=LAST_MONTH&userSort=DATA");
        endpoints.put("D7 search by name", "/dashboard/users/list?users=THIS_MONTH&userSearch=hansen");
        endpoints.put("D7 at least 300 kr, page 3", "/dashboard/users/list?users=THIS_MONTH&userMin=300&userMinOf=COST&userPage=3");
        endpoints.put("D7 list by Totalkostnad", "/dashboard/users/list?users=LAST_MONTH&userSort=TOTAL");
        endpoints.put("D6 one user's panel", "/dashboard/users/" + someone + "?users=THIS_MONTH");
        endpoints.put("D6/D7 users Excel, every user", "/dashboard/users.xlsx?users=LAST_MONTH");

        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "== %,d subscriptions: activated in %.1f s; 36 months of rollups (%,d usage_daily rows, "
                + "every day for the last %d months) written in %.1f s", size, activated, dailyRows, fullDailyMonths, written));
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            report.add(String.format(Locale.ROOT, "  %-34s %s", endpoint.getKey(), time(http, endpoint.getValue())));
        }
        report.add(String.format(Locale.ROOT, "  %-34s %s", "page ready in Chromium (charts drawn)", pageReady(port, http)));
        return report;
    }

    private static String time(PortalHttpClient http, String path) {
        for (int i = 0; i < WARM_UP; i++) {
            check(http.getHtmx(path), path);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long started = System.nanoTime();
            check(path.equals("/") ? http.get(path) : http.getHtmx(path), path);
            millis.add(BenchmarkPortal.seconds(started) * 1000);
        }
        return BenchmarkPortal.percentiles(millis);
    }

    private static void check(PortalHttpClient.Page page, String path) {
        if (page.status() != 200) {
            throw new IllegalStateException(path + " answered " + page.status());
        }
    }

    /** From navigation start until every chart on the page is drawn, over ten loads. */
    private static String pageReady(int port, PortalHttpClient http) {
        WebDriver browser = Chromium.start(1280, 900);
        try {
            String base = "http://localhost:" + port;
            browser.get(base + "/login");
            browser.manage().addCookie(new Cookie("SESSION", http.sessionId()));
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                browser.get(base + "/");
                DemoBrowser.drawCharts(browser);
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.findElements(By.cssSelector("[data-chart]"))
                        .stream().allMatch(chart -> chart.getAttribute("data-chart-ready") != null));
                double ready = ((Number) ((JavascriptExecutor) browser).executeScript("return performance.now()")).doubleValue();
                if (i >= 2) {
                    millis.add(ready);
                }
            }
            return BenchmarkPortal.percentiles(millis) + " (upper bound: includes the polling interval)";
        } finally {
            browser.quit();
        }
    }

    static Company company(ConfigurableApplicationContext context, int index) {
        String eight = String.valueOf(92_000_000 + index * 11);
        Integer check = OrgNumber.checkDigit(eight);
        while (check == null) {
            eight = String.valueOf(Integer.parseInt(eight) + 1);
            check = OrgNumber.checkDigit(eight);
        }
        return context.getBean(Companies.class).register(new RegisterCompany(eight + check, "Stor Kunde " + index + " AS",
                "Storgata " + index, "0150", "Oslo", null));
    }

    static List<DashboardBenchmarkData.Line> subscriptions(ConfigurableApplicationContext context, Company company,
            int companyIndex, int size, LocalDate today) {
        Companies companies = context.getBean(Companies.class);
        Subscriptions subscriptions = context.getBean(Subscriptions.class);
        List<CustomerAccount> accounts = new ArrayList<>();
        for (String department : DEPARTMENTS) {
            accounts.add(companies.openCustomerAccount(company.id(), null, department));
        }
        List<DashboardBenchmarkData.Line> lines = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
            long employee = companies.registerEmployee(company.id(), new RegisterEmployee(name, null, "A" + i, null)).id();
            CustomerAccount account = accounts.get(i % accounts.size());
            String plan = PLANS[i % PLANS.length];
            String msisdn = "+474" + companyIndex + String.format("%06d", i);
            // a SIM card per line, as the CRM sends them, for the reports that filter on one
            String iccid = Iccid.withCheckDigit("894701" + companyIndex + String.format("%012d", i)).value();
            Subscription subscription = subscriptions.activate(new ActivateSubscription(company.id(), msisdn, plan, account.id(),
                    employee, today.minusYears(3).withDayOfMonth(1), false, null, iccid));
            lines.add(new DashboardBenchmarkData.Line(company.id(), subscription.id(), account.id(), plan));
        }
        return lines;
    }

    private static List<Subscription> subscriptionsOf(ConfigurableApplicationContext context, Company company) {
        return context.getBean(Subscriptions.class).list(no.bedriftsportal.shared.AccessScope.wholeCompany(company.id()));
    }

    private DashboardBenchmark() {
    }
}

package no.bedriftsportal.benchmark;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.identity.Actor;
import no.bedriftsportal.identity.GrantAccess;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.insights.Advice;
import no.bedriftsportal.insights.AdviceRow;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.database.CompanyDataVersions;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Issue #18's speed goal for the savings advice (X1): advice for 2,000 subscriptions over 6 months in ≤ 2 s. The
 * 2,000-subscription company of the dashboard benchmark with its rollups ({@link DashboardBenchmarkData}: every day
 * of the last 7 months in {@code usage_daily}, 36 months abroad), then the advice of the whole company from the
 * service, and the page Innsikt → Sparetips over HTTP for a signed-in super user, each after the company's data
 * changed (so computed, not reused): median and 95th percentile.
 * Run with {@code mvn -Pbenchmark-advice verify}.
 */
public final class AdviceBenchmark {

    private static final int SUBSCRIPTIONS = Integer.getInteger("benchmark.subscriptions", 2000);
    private static final int RUNS = Integer.getInteger("benchmark.requests", 10);
    private static final int WARM_UP = 2;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkPortal.start("advice")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            LocalDate today = Oslo.today(context.getBean(Clock.class));
            long started = System.nanoTime();
            Company company = DashboardBenchmark.company(context, 0);
            List<DashboardBenchmarkData.Line> lines = DashboardBenchmark.subscriptions(context, company, 0, SUBSCRIPTIONS, today);
            Msisdn admin = context.getBean(Subscriptions.class).list(AccessScope.wholeCompany(company.id())).get(0).msisdn();
            context.getBean(PortalUsers.class).grant(company.id(), GrantAccess.superUser(admin.value()), Actor.operator("127.0.0.1"));
            long dailyRows = DashboardBenchmarkData.write(context.getBean(DataSource.class), lines, today, 7);
            context.getBean(JdbcClient.class).sql("vacuum analyze").update();
            System.out.printf("%n%d subscriptions, %d usage_daily rows written in %.1f s%n", lines.size(), dailyRows,
                    BenchmarkPortal.seconds(started));

            Advice advice = context.getBean(Advice.class);
            AccessScope scope = AccessScope.wholeCompany(company.id());
            List<AdviceRow> rows = List.of();
            for (int i = 0; i < WARM_UP; i++) {
                rows = advice.all(scope);
            }
            List<Double> service = new ArrayList<>();
            CompanyDataVersions versions = context.getBean(CompanyDataVersions.class);
            for (int i = 0; i < RUNS; i++) {
                versions.changed(company.id()); // as after an ingested file: computed afresh, not reused
                long run = System.nanoTime();
                rows = advice.all(scope);
                service.add(BenchmarkPortal.seconds(run) * 1000);
            }
            Map<String, Integer> kinds = new TreeMap<>();
            rows.forEach(row -> kinds.merge(row.kind() + " " + row.currentPlan() + "→" + row.suggestedPlan(), 1, Integer::sum));

            PortalHttpClient http = new PortalHttpClient(port);
            http.logIn(admin, context.getBean(SmsOutbox.class));
            for (int i = 0; i < WARM_UP; i++) {
                http.get("/insights/advice");
            }
            List<Double> page = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                versions.changed(company.id());
                long run = System.nanoTime();
                int status = http.get("/insights/advice").status();
                page.add(BenchmarkPortal.seconds(run) * 1000);
                if (status != 200) {
                    throw new IllegalStateException("the page answered " + status);
                }
            }
            System.out.printf("""

                    Savings advice (#18.1, X1), %d subscriptions × 6 months (goal ≤ 2 s):
                      advice of the whole company (service): %s
                      page /insights/advice over HTTP:        %s
                      advice rows: %d, by kind and plan change: %s
                    %n""", lines.size(), BenchmarkPortal.percentiles(service), BenchmarkPortal.percentiles(page), rows.size(),
                    kinds);
        }
    }
}

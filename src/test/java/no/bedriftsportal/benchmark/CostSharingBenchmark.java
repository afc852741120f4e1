package no.bedriftsportal.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.billing.RunInvoices;
import no.bedriftsportal.costsharing.MonthlyResults;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.RegisterCompany;
import no.bedriftsportal.customer.RegisterEmployee;
import no.bedriftsportal.shared.OrgNumber;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * Issue #14's benchmark: the monthly cost-sharing results of 2,000 subscriptions (50 companies of 40
 * employees, each with a profile: half "Privat bruk betales selv", half "Standard", most with an
 * agreement) over a month of usage, computed again after the invoice run computed them once; goal
 * ≤ 5 s. Run with {@code mvn -Pbenchmark-costsharing verify}.
 */
public final class CostSharingBenchmark {

    private static final int COMPANIES = 50;
    private static final int SUBSCRIPTIONS_PER_COMPANY = 40;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkPortal.start("costsharing")) {
            YearMonth month = YearMonth.from(Oslo.today(context.getBean(Clock.class))).minusMonths(1);
            List<Long> companyIds = new ArrayList<>();
            List<String> msisdns = companies(context, month, companyIds);
            Path file = Files.createTempFile("benchmark-cdrs", ".csv");
            BenchmarkCdrs.write(file, msisdns, month, month, 600 * msisdns.size(), 11);
            context.getBean(IngestCdrFile.class).ingest(file, "month.csv", CdrSource.UPLOAD);
            Files.delete(file);

            long running = System.nanoTime();
            context.getBean(RunInvoices.class).run(month); // computes the results once, after its commit
            double runSeconds = BenchmarkPortal.seconds(running);

            MonthlyResults results = context.getBean(MonthlyResults.class);
            List<Double> rounds = new ArrayList<>();
            int computed = 0;
            for (int round = 0; round < 3; round++) {
                long started = System.nanoTime();
                computed = 0;
                for (long companyId : companyIds) {
                    computed += results.computePreliminary(companyId, month);
                }
                rounds.add(BenchmarkPortal.seconds(started));
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "invoice run with results %s: %.2f s%n", month, runSeconds);
            System.out.printf(Locale.ROOT, "cost sharing %s: %,d subscriptions, %,d results; rounds %s s (goal ≤ 5 s)%n", month,
                    msisdns.size(), computed, rounds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList());
        }
    }

    private static List<String> companies(ConfigurableApplicationContext context, YearMonth month, List<Long> companyIds) {
        Companies companies = context.getBean(Companies.class);
        Subscriptions subscriptions = context.getBean(Subscriptions.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Timestamp before = Timestamp.from(Oslo.startOf(month.atDay(1).minusMonths(2)));
        List<String> msisdns = new ArrayList<>();
        int line = 0;
        for (int c = 0; c < COMPANIES; c++) {
            String eight = String.valueOf(92_000_000 + c * 7);
            Integer check = OrgNumber.checkDigit(eight);
            while (check == null) {
                eight = String.valueOf(Integer.parseInt(eight) + 1);
                check = OrgNumber.checkDigit(eight);
            }
            Company company = companies.register(new RegisterCompany(eight + check, "Kunde " + c + " AS", "Gata " + c, "0150",
                    "Oslo", null));
            companyIds.add(company.id());
            long privateUse = profile(jdbc, company.id(), "Privat bruk betales selv", before, true);
            long standard = profile(jdbc, company.id(), "Standard", before, false);
            CustomerAccount account = companies.openCustomerAccount(company.id(), null, "Salg");
            for (int s = 0; s < SUBSCRIPTIONS_PER_COMPANY; s++, line++) {
                String msisdn = "+479" + String.format("%07d", line);
                long employee = companies.registerEmployee(company.id(), new RegisterEmployee("Ansatt " + line, null,
                        "A" + line, null)).id();
                long subscription = subscriptions.activate(new ActivateSubscription(company.id(), msisdn, "FRI_5", account.id(),
                        employee, month.atDay(1).minusYears(1), false, null)).id();
                jdbc.sql("""
                        insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, profile_id, assigned_by)
                        values (:c, :s, :at, 'PROFILE', :p, 'Benchmark')""")
                        .param("c", company.id()).param("s", subscription).param("at", before)
                        .param("p", s % 2 == 0 ? privateUse : standard).update();
                if (s % 10 != 0) {
                    jdbc.sql("""
                            insert into salary_deduction_agreement (company_id, employee_id, signed_on, recorded_at, recorded_by)
                            values (:c, :e, :d, :at, 'Benchmark')""")
                            .param("c", company.id()).param("e", employee).param("d", month.atDay(1).minusMonths(3))
                            .param("at", before).update();
                }
                msisdns.add(msisdn);
            }
        }
        return msisdns;
    }

    private static long profile(JdbcClient jdbc, long companyId, String name, Timestamp savedAt, boolean privateUse) {
        long id = jdbc.sql("insert into costsharing_profile (company_id, created_at) values (:c, :at) returning profile_id")
                .param("c", companyId).param("at", savedAt).query(Long.class).single();
        jdbc.sql("""
                insert into costsharing_profile_version (company_id, profile_id, version, saved_at, saved_by, name, content_rule,
                        data_control, buy_by_salary, buy_by_vipps, traffic_rules, free_amount)
                values (:c, :p, 1, :at, 'Benchmark', :name, :content, false, true, :vipps, cast(:traffic as text[]), :free)""")
                .param("c", companyId).param("p", id).param("at", savedAt).param("name", name)
                .param("content", privateUse ? "DEDUCT_ALL_PRIVATE" : "DEDUCT_ABOVE_THRESHOLD").param("vipps", privateUse)
                .param("traffic", privateUse ? "{ABROAD,OUTSIDE_WORKING_HOURS}" : "{}")
                .param("free", privateUse ? new java.math.BigDecimal("100.00") : java.math.BigDecimal.ZERO).update();
        return id;
    }

    private CostSharingBenchmark() {
    }
}

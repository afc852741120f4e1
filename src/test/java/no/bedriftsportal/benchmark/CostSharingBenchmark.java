package no.bedriftsportal.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.billing.RunInvoices;
import no.bedriftsportal.costsharing.CostSharingSettingsService;
import no.bedriftsportal.costsharing.PayrollFormat;
import no.bedriftsportal.costsharing.SettingsDraft;
import no.bedriftsportal.costsharing.MonthlyResults;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.RegisterCompany;
import no.bedriftsportal.customer.RegisterEmployee;
import no.bedriftsportal.identity.Actor;
import no.bedriftsportal.identity.GrantAccess;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.OrgNumber;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.SqlArrays;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * Issue #14's benchmark, its three speed goals (run with {@code mvn -Pbenchmark-costsharing verify}):
 * <ol>
 * <li>the monthly cost-sharing results of 2,000 subscriptions computed in ≤ 5 s: (a) 50 companies of
 * 40 employees and (b) one company of 2,000 employees, each subscription with a profile (half
 * "Privat bruk betales selv", half "Standard", 9 in 10 with an agreement), over a month of usage
 * (600 rated CDRs a subscription): three rounds with every result written (the stored ones deleted
 * before each), as after a month's first invoice run, and three computed again with nothing changed,
 * as every night until the month is final;</li>
 * <li>the results page of that one company's month (2,000 employees) ≤ 1 s, and</li>
 * <li>its payroll export (2,000 employees, every format) ≤ 1 s,</li>
 * </ol>
 * the last two as HTTP requests to the running portal by a signed-in super user (SMS login through
 * the log gateway's outbox, as {@link CardLoadBenchmark}), one at a time, after a warm-up: the time
 * until the whole answer has arrived, median and p95.
 */
public final class CostSharingBenchmark {

    private static final int COMPANIES = 50;
    private static final int SUBSCRIPTIONS_PER_COMPANY = 40;
    /** The one company of the results page and the payroll export. */
    private static final int LARGE_COMPANY = 2_000;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 20;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkPortal.start("costsharing")) {
            YearMonth month = YearMonth.from(Oslo.today(context.getBean(Clock.class))).minusMonths(1);
            List<Long> companyIds = new ArrayList<>();
            List<String> msisdns = companies(context, month, companyIds);
            List<String> largeMsisdns = new ArrayList<>();
            long large = largeCompany(context, month, largeMsisdns);
            List<String> all = new ArrayList<>(msisdns);
            all.addAll(largeMsisdns);
            Path file = Files.createTempFile("benchmark-cdrs", ".csv");
            BenchmarkCdrs.write(file, all, month, month, 600 * all.size(), 11);
            context.getBean(IngestCdrFile.class).ingest(file, "month.csv", CdrSource.UPLOAD);
            Files.delete(file);
            // the month's usage came in over the month, and autovacuum has analyzed it long before its invoice run: without
            // statistics the planner took a small company's month for the whole partition's (0.8 s instead of 15 ms)
            context.getBean(JdbcClient.class).sql("analyze").update();

            long running = System.nanoTime();
            context.getBean(RunInvoices.class).run(month); // computes the results once, after its commit
            double runSeconds = BenchmarkPortal.seconds(running);

            MonthlyResults results = context.getBean(MonthlyResults.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            List<Long> largeOnly = List.of(large);
            Rounds fresh = rounds(results, jdbc, companyIds, month, true);
            Rounds again = rounds(results, jdbc, companyIds, month, false);
            Rounds largeFresh = rounds(results, jdbc, largeOnly, month, true);
            Rounds largeAgain = rounds(results, jdbc, largeOnly, month, false);
            results.makeFinal(large, month); // the payroll file is made from final results only

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            PortalHttpClient admin = signIn(context, port, large, new Msisdn(largeMsisdns.get(0)));
            String page = "/invoice-control/results?month=" + month;
            Measured resultsPage = measure(() -> {
                PortalHttpClient.Page answer = admin.get(page);
                require(answer.status() == 200, "results page: " + answer.status());
                return answer.body().split("/employees/", -1).length - 1;
            });
            List<String> payrollLines = new ArrayList<>();
            for (PayrollFormat format : PayrollFormat.values()) {
                String path = "/invoice-control/results/" + month + "/payroll?format=" + format;
                Measured payroll = measure(() -> {
                    PortalHttpClient.Download answer = admin.download(path);
                    require(answer.status() == 200 && answer.header("Content-Disposition") != null,
                            "payroll " + format + ": " + answer.status() + " " + new String(answer.content(), StandardCharsets.UTF_8));
                    return new String(answer.content(), StandardCharsets.UTF_8).split("\r\n").length;
                });
                payrollLines.add(String.format(Locale.ROOT, "payroll file %-14s %s; %,d lines (goal ≤ 1 s)", format,
                        BenchmarkPortal.percentiles(payroll.millis()), payroll.count()));
            }

            System.out.println();
            System.out.printf(Locale.ROOT, "invoice run with results %s: %.2f s%n", month, runSeconds);
            System.out.printf(Locale.ROOT, "cost sharing %s: %d companies, %,d subscriptions, %,d results; written whole: rounds %s s, "
                    + "computed again unchanged: rounds %s s (goal ≤ 5 s)%n", month, COMPANIES, msisdns.size(), fresh.results(),
                    seconds(fresh.seconds()), seconds(again.seconds()));
            System.out.printf(Locale.ROOT, "cost sharing %s: one company, %,d subscriptions, %,d results; written whole: rounds %s s, "
                    + "computed again unchanged: rounds %s s (goal ≤ 5 s)%n", month, largeMsisdns.size(), largeFresh.results(),
                    seconds(largeFresh.seconds()), seconds(largeAgain.seconds()));
            System.out.printf(Locale.ROOT, "results page (HTTP, signed in) %s; %,d employee links (goal ≤ 1 s)%n",
                    BenchmarkPortal.percentiles(resultsPage.millis()), resultsPage.count());
            payrollLines.forEach(System.out::println);
        }
    }

    /** Three rounds' times and the results the last one computed. */
    private record Rounds(List<Double> seconds, int results) {
    }

    /**
     * Three rounds of computing the companies' month; {@code whole}: their stored results deleted
     * before each (not timed), so that every result is written, as after a month's first invoice run.
     */
    private static Rounds rounds(MonthlyResults results, JdbcClient jdbc, List<Long> companyIds, YearMonth month, boolean whole) {
        List<Double> rounds = new ArrayList<>();
        int computed = 0;
        for (int round = 0; round < 3; round++) {
            if (whole) {
                for (String table : List.of("costsharing_result_event", "costsharing_result_line", "costsharing_result")) {
                    jdbc.sql("delete from " + table + " where company_id = any(:ids)")
                            .param("ids", SqlArrays.bigints(companyIds)).update();
                }
            }
            long started = System.nanoTime();
            computed = 0;
            for (long companyId : companyIds) {
                computed += results.computePreliminary(companyId, month);
            }
            rounds.add(BenchmarkPortal.seconds(started));
        }
        return new Rounds(rounds, computed);
    }

    private static List<String> seconds(List<Double> rounds) {
        return rounds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList();
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what);
        }
    }

    /** The timings of {@link #MEASURED} requests after {@link #WARM_UP}, and what the last one counted. */
    private record Measured(List<Double> millis, int count) {
    }

    private static Measured measure(java.util.function.IntSupplier request) {
        for (int i = 0; i < WARM_UP; i++) {
            request.getAsInt();
        }
        List<Double> millis = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < MEASURED; i++) {
            long started = System.nanoTime();
            count = request.getAsInt();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return new Measured(millis, count);
    }

    /** A super user of the company, signed in over HTTP with the code from the SMS outbox. */
    private static PortalHttpClient signIn(ConfigurableApplicationContext context, int port, long companyId, Msisdn msisdn) {
        context.getBean(PortalUsers.class).grant(companyId, GrantAccess.superUser(msisdn.value()), Actor.operator("127.0.0.1"));
        PortalHttpClient client = new PortalHttpClient(port);
        client.logIn(msisdn, context.getBean(SmsOutbox.class));
        require(client.sessionId() != null, "no session after login");
        return client;
    }

    /**
     * One company of {@link #LARGE_COMPANY} employees, each with a subscription, a profile, a numeric
     * employee number (every payroll format takes it), 9 in 10 with an agreement, and the pay types set.
     */
    private static long largeCompany(ConfigurableApplicationContext context, YearMonth month, List<String> msisdns) {
        Companies companies = context.getBean(Companies.class);
        Subscriptions subscriptions = context.getBean(Subscriptions.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Timestamp before = Timestamp.from(Oslo.startOf(month.atDay(1).minusMonths(2)));
        Company company = companies.register(new RegisterCompany(orgNumber(93_000_000), "Storkunde AS", "Gata 1", "0150", "Oslo", null));
        long privateUse = profile(jdbc, company.id(), "Privat bruk betales selv", before, true);
        long standard = profile(jdbc, company.id(), "Standard", before, false);
        java.util.Map<java.time.DayOfWeek, SettingsDraft.Hours> hours = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (java.time.DayOfWeek day : List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY,
                java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY)) {
            hours.put(day, new SettingsDraft.Hours("08:00", "16:00"));
        }
        context.getBean(CostSharingSettingsService.class).save(AccessScope.wholeCompany(company.id()),
                new SettingsDraft(hours, List.of(), "10", "PRIVATE", "5210", "1110"), "Benchmark");
        CustomerAccount account = companies.openCustomerAccount(company.id(), null, "Salg");
        for (int s = 0; s < LARGE_COMPANY; s++) {
            String msisdn = "+4798" + String.format("%06d", s);
            long employee = companies.registerEmployee(company.id(), new RegisterEmployee("Storansatt " + s, null,
                    String.valueOf(100_000 + s), null)).id();
            long subscription = subscriptions.activate(new ActivateSubscription(company.id(), msisdn, "FRI_5", account.id(),
                    employee, month.atDay(1).minusYears(1), false, null)).id();
            assign(jdbc, company.id(), subscription, s % 2 == 0 ? privateUse : standard, before);
            if (s % 10 != 0) {
                agreement(jdbc, company.id(), employee, month, before);
            }
            msisdns.add(msisdn);
        }
        return company.id();
    }

    private static String orgNumber(int start) {
        String eight = String.valueOf(start);
        Integer check = OrgNumber.checkDigit(eight);
        while (check == null) {
            eight = String.valueOf(Integer.parseInt(eight) + 1);
            check = OrgNumber.checkDigit(eight);
        }
        return eight + check;
    }

    private static void assign(JdbcClient jdbc, long companyId, long subscription, long profile, Timestamp at) {
        jdbc.sql("""
                insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, profile_id, assigned_by)
                values (:c, :s, :at, 'PROFILE', :p, 'Benchmark')""")
                .param("c", companyId).param("s", subscription).param("at", at).param("p", profile).update();
    }

    private static void agreement(JdbcClient jdbc, long companyId, long employee, YearMonth month, Timestamp at) {
        jdbc.sql("""
                insert into salary_deduction_agreement (company_id, employee_id, signed_on, recorded_at, recorded_by)
                values (:c, :e, :d, :at, 'Benchmark')""")
                .param("c", companyId).param("e", employee).param("d", month.atDay(1).minusMonths(3)).param("at", at).update();
    }

    private static List<String> companies(ConfigurableApplicationContext context, YearMonth month, List<Long> companyIds) {
        Companies companies = context.getBean(Companies.class);
        Subscriptions subscriptions = context.getBean(Subscriptions.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Timestamp before = Timestamp.from(Oslo.startOf(month.atDay(1).minusMonths(2)));
        List<String> msisdns = new ArrayList<>();
        int line = 0;
        for (int c = 0; c < COMPANIES; c++) {
            Company company = companies.register(new RegisterCompany(orgNumber(92_000_000 + c * 7), "Kunde " + c + " AS", "Gata " + c, "0150",
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
                assign(jdbc, company.id(), subscription, s % 2 == 0 ? privateUse : standard, before);
                if (s % 10 != 0) {
                    agreement(jdbc, company.id(), employee, month, before);
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

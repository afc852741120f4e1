package no.bedriftsportal.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.identity.Actor;
import no.bedriftsportal.identity.GrantAccess;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Issue #16's speed goals: the 2,000-subscription company of the dashboard benchmark with 36 months
 * of rollups ({@link DashboardBenchmarkData}), and 35 months invoiced (an invoice per customer
 * number and month with a fee line and a usage line per subscription, and the fee ledger the runs
 * keep), written set-based in SQL. Then every report of the catalogue over 36 months at both levels
 * on the web (goal ≤ 1 s), Excel of 100,000+ invoice lines (≤ 3 s, with the heap's peak while it is
 * written), and a PDF of about 50 pages (≤ 2 s), each over HTTP by a signed-in super user: median
 * and 95th percentile. Run with {@code mvn -Pbenchmark-reports verify}.
 */
public final class ReportsBenchmark {

    private static final int SUBSCRIPTIONS = Integer.getInteger("benchmark.subscriptions", 2000);
    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 10);
    private static final int WARM_UP = 2;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkPortal.start("reports")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            LocalDate today = Oslo.today(context.getBean(Clock.class));
            long started = System.nanoTime();
            Company company = DashboardBenchmark.company(context, 0);
            List<DashboardBenchmarkData.Line> lines = DashboardBenchmark.subscriptions(context, company, 0, SUBSCRIPTIONS, today);
            Msisdn admin = context.getBean(Subscriptions.class).list(AccessScope.wholeCompany(company.id())).get(0).msisdn();
            context.getBean(PortalUsers.class).grant(company.id(), GrantAccess.superUser(admin.value()), Actor.operator("127.0.0.1"));
            long dailyRows = DashboardBenchmarkData.write(context.getBean(DataSource.class), lines, today, 36);
            long invoiceLines = invoice(context.getBean(JdbcClient.class), company.id(), YearMonth.from(today));
            context.getBean(JdbcClient.class).sql("vacuum analyze").update();
            List<String> report = new ArrayList<>();
            report.add(String.format(Locale.ROOT, "== %,d subscriptions, 36 months: %,d usage_daily rows, %,d invoice lines; "
                    + "written in %.0f s", SUBSCRIPTIONS, dailyRows, invoiceLines, BenchmarkPortal.seconds(started)));

            PortalHttpClient http = new PortalHttpClient(port);
            http.logIn(admin, context.getBean(SmsOutbox.class));
            String thirtySixMonths = "period=time&from=" + YearMonth.from(today).minusMonths(35).atDay(1) + "&to=" + today;
            List<Long> numbers = context.getBean(JdbcClient.class)
                    .sql("select number from invoice where company_id = :company order by number")
                    .param("company", company.id()).query(Long.class).list();
            String allInvoices = "period=invoice&" + numbers.stream().map(n -> "invoice=" + n).collect(Collectors.joining("&"));

            Map<String, String> pages = new LinkedHashMap<>();
            for (String code : List.of("cost-by-traffic-type", "usage-abroad", "content-services", "cost-per-department",
                    "cost-per-user", "usage-per-user", "data-usage", "extra-packages", "subscriptions", "cost-sharing")) {
                pages.put(code + ", users, 36 months", "/reports/" + code + "?level=user&" + thirtySixMonths);
                pages.put(code + ", departments, 36 months", "/reports/" + code + "?level=department&" + thirtySixMonths);
            }
            pages.put("cost-per-user, users, 35 months of invoices", "/reports/cost-per-user?level=user&" + allInvoices);
            pages.put("invoice-specification, 35 months, page 40", "/reports/invoice-specification?level=user&" + allInvoices
                    + "&page=40");
            pages.put("invoice-specification, departments", "/reports/invoice-specification?level=department&" + allInvoices);
            pages.put("running-cost, users", "/reports/running-cost?level=user");
            pages.put("cost-per-user sorted by total, desc", "/reports/cost-per-user?level=user&" + thirtySixMonths
                    + "&sort=total&order=desc");
            report.add("  web pages (goal ≤ 1 s):");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                report.add(String.format(Locale.ROOT, "    %-48s %s", page.getKey(), time(http, page.getValue(), REQUESTS)));
            }
            report.add("  files:");
            // 25 months of invoices: 250 invoices of 400 lines, 100,000 rows
            String hundredThousand = "period=invoice&" + numbers.stream().limit(250).map(n -> "invoice=" + n)
                    .collect(Collectors.joining("&"));
            String excel = "/reports/invoice-specification.xlsx?level=user&" + hundredThousand;
            report.add(String.format(Locale.ROOT, "    %-48s %s", "Excel, 100,000 invoice lines (goal ≤ 3 s)",
                    time(http, excel, 5) + ", heap peak " + heapPeak(http, excel)));
            String allLines = "/reports/invoice-specification.xlsx?level=user&" + allInvoices;
            report.add(String.format(Locale.ROOT, "    %-48s %s", "Excel, all " + String.format(Locale.ROOT, "%,d", invoiceLines)
                    + " invoice lines", time(http, allLines, 3)));
            String pdf = "/reports/cost-per-user.pdf?level=user&" + thirtySixMonths;
            report.add(String.format(Locale.ROOT, "    %-48s %s", "PDF, cost per user (" + pdfPages(http, pdf) + " pages, goal ≤ 2 s)",
                    time(http, pdf, 5)));
            String csv = "/reports/invoice-specification.csv?level=user&" + hundredThousand;
            report.add(String.format(Locale.ROOT, "    %-48s %s", "CSV, the same 100,000 invoice lines", time(http, csv, 5)));
            if (Boolean.getBoolean("benchmark.explain")) {
                for (var kind : List.of(no.bedriftsportal.reporting.ReportKind.COST_PER_USER,
                        no.bedriftsportal.reporting.ReportKind.USAGE_PER_USER, no.bedriftsportal.reporting.ReportKind.RUNNING_COST)) {
                    report.add("  plan of " + kind.code() + ":");
                    no.bedriftsportal.reporting.ReportPlans.explain(context, AccessScope.wholeCompany(company.id()), kind,
                            "level=user&" + thirtySixMonths).forEach(line -> report.add("    " + line));
                }
            }
            System.out.println();
            report.forEach(System.out::println);
        }
    }

    /**
     * 35 months invoiced, as the monthly runs would have: per customer number and month an invoice,
     * per subscription a fee line (the plan's fee) and a usage line (the month's rated usage), the
     * fee ledger's entry for the fee; the invoice's totals from its lines (VAT 25 %).
     */
    private static long invoice(JdbcClient jdbc, long companyId, YearMonth current) {
        LocalDate first = current.minusMonths(35).atDay(1);
        LocalDate last = current.minusMonths(1).atDay(1);
        jdbc.sql("""
                insert into invoice (company_id, customer_account_id, type, number, issue_date, due_date, period_start, period_end,
                                     kid, buyer_reference, amount_excl_vat, vat, total)
                select a.company_id, a.customer_account_id, 'INVOICE', 800000000 + row_number() over (order by m, a.number),
                       (m + interval '1 month')::date, (m + interval '1 month 14 days')::date, m::date,
                       (m + interval '1 month' - interval '1 day')::date, '0000000000', a.number, 0, 0, 0
                from customer_account a cross join generate_series(cast(:first as date), cast(:last as date), interval '1 month') m
                where a.company_id = :company""")
                .param("company", companyId).param("first", first).param("last", last).update();
        long lines = jdbc.sql("""
                insert into invoice_line (company_id, invoice_id, line_number, subscription_id, msisdn, user_name, kind, description,
                                          period_start, period_end, quantity, unit, amount_excl_vat, vat_rate)
                select i.company_id, i.invoice_id, row_number() over (partition by i.invoice_id order by s.subscription_id, k.kind),
                       s.subscription_id, s.msisdn, e.name, k.kind,
                       case k.kind when 'SUBSCRIPTION_FEE' then p.name else 'Forbruk' end, i.period_start, i.period_end, 1, 'stk',
                       case k.kind when 'SUBSCRIPTION_FEE' then p.monthly_fee else coalesce(u.amount, 0) end, 25
                from invoice i
                join subscription s on s.company_id = i.company_id and s.customer_account_id = i.customer_account_id
                join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
                join subscription_change c on c.company_id = s.company_id and c.subscription_id = s.subscription_id and c.kind = 'PLAN'
                join price_plan p on p.code = c.plan_code
                cross join (values ('SUBSCRIPTION_FEE'), ('USAGE')) k(kind)
                left join usage_subscription_monthly u on u.company_id = s.company_id and u.subscription_id = s.subscription_id
                     and u.month = i.period_start
                where i.company_id = :company""").param("company", companyId).update();
        jdbc.sql("""
                update invoice i set amount_excl_vat = t.amount, vat = round(t.amount * 0.25, 2), total = t.amount + round(t.amount * 0.25, 2)
                from (select invoice_id, sum(amount_excl_vat) as amount from invoice_line where company_id = :company group by 1) t
                where i.company_id = :company and i.invoice_id = t.invoice_id""").param("company", companyId).update();
        jdbc.sql("""
                insert into fee_ledger (company_id, subscription_id, month, plan_code, first_day, last_day, change, amount, invoice_id,
                                        line_number)
                select l.company_id, l.subscription_id, l.period_start, c.plan_code, l.period_start, l.period_end, 'BILLED',
                       l.amount_excl_vat, l.invoice_id, l.line_number
                from invoice_line l
                join subscription_change c on c.company_id = l.company_id and c.subscription_id = l.subscription_id and c.kind = 'PLAN'
                where l.company_id = :company and l.kind = 'SUBSCRIPTION_FEE'""").param("company", companyId).update();
        return lines;
    }

    private static String time(PortalHttpClient http, String path, int requests) {
        for (int i = 0; i < WARM_UP; i++) {
            fetch(http, path);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            fetch(http, path);
            millis.add(BenchmarkPortal.seconds(started) * 1000);
        }
        return BenchmarkPortal.percentiles(millis);
    }

    private static int fetch(PortalHttpClient http, String path) {
        if (path.contains(".xlsx") || path.contains(".pdf") || path.contains(".csv")) {
            PortalHttpClient.Download file = http.download(path);
            if (file.status() != 200) {
                throw new IllegalStateException(path + " answered " + file.status());
            }
            return file.content().length;
        }
        PortalHttpClient.Page page = http.getHtmx(path);
        if (page.status() != 200 || page.body().contains("report-error")) {
            throw new IllegalStateException(path + " answered " + page.status() + ": " + page.body());
        }
        return page.body().length();
    }

    /** The heap's highest use while the file is written, after a collection: what the export adds to a resting portal. */
    private static String heapPeak(PortalHttpClient http, String path) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        int bytes = fetch(http, path);
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return String.format(Locale.ROOT, "%d MB (%d MB at rest; file %.1f MB)", peak / 1_000_000, before / 1_000_000, bytes / 1e6);
    }

    private static int pdfPages(PortalHttpClient http, String path) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(http.download(path).content())) {
            return document.getNumberOfPages();
        }
    }

    private ReportsBenchmark() {
    }
}

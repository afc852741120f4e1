package no.bedriftsportal.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.ThisMonthsCdrs;
import no.bedriftsportal.identity.Actor;
import no.bedriftsportal.identity.GrantAccess;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * X2 (#18.2): alert rules evaluated as CDR files are ingested, with the clock in the middle of a month. Each rule
 * fires once per user and period, not again for the same period (a second file, the same file again), again in
 * the next; the messages go through the outboxes in the company's language; a file of history tells nobody; one
 * company's alerts are nobody else's.
 */
@PortalIntegrationTest
class AlertIngestIntegrationTest {

    /** 20 November 2026, 15:00 in Oslo. */
    static final Instant NOVEMBER = Instant.parse("2026-11-20T14:00:00Z");
    /** 200 MB of data in the US: 4.00 kr per MB, 800 kr, above the default 500 kr a day. */
    static final long ROAMING_BYTES = 200_000_000L;

    @Autowired
    TestClock clock;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    CompanyMother mother;

    @Autowired
    AlertRules rules;

    @Autowired
    Alerts alerts;

    @Autowired
    AlertEvaluator evaluator;

    @Autowired
    SmsOutbox sms;

    @Autowired
    PortalUsers portalUsers;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Budgets budgets;

    CompanyMother.TestCompany company;
    Msisdn admin;

    @BeforeEach
    void aCompanyWithASuperUser() {
        clock.set(NOVEMBER);
        company = mother.company("Salg", "Drift");
        admin = company.superUser();
    }

    @Test
    void roamingFiresOncePerDayNotAgainTheSameDayAndAgainTheNextDay() {
        bySms(AlertKind.ROAMING_DAY);
        Msisdn kari = company.subscriber(0, "FRI_5", "Kari Roaming");

        ingestLines("first", data(kari, today(10), "US", ROAMING_BYTES));
        assertThat(alerts(AlertKind.ROAMING_DAY)).hasSize(1);
        assertThat(smsTo(admin)).hasSize(1).first().asString()
                .contains("Utlandskostnad per dag", "Kari Roaming", "800,00\u00a0kr", "20.11.2026", "500,00\u00a0kr");

        ingestLines("second", data(kari, today(12), "US", ROAMING_BYTES));
        Path again = file(data(kari, today(13), "US", ROAMING_BYTES));
        ingest.ingest(again, "again.csv", CdrSource.UPLOAD);
        ingest.ingest(again, "again-once-more.csv", CdrSource.UPLOAD); // the same content: a no-op
        assertThat(alerts(AlertKind.ROAMING_DAY)).as("once per user and day").hasSize(1);
        assertThat(smsTo(admin)).hasSize(1);

        clock.set(NOVEMBER.plus(Duration.ofDays(1)));
        ingestLines("next-day", data(kari, today(10), "US", ROAMING_BYTES));
        assertThat(alerts(AlertKind.ROAMING_DAY)).as("again the next day").hasSize(2);
        assertThat(smsTo(admin)).hasSize(2);
    }

    @Test
    void aFileOfHistoryIsListedButTellsNobody() {
        bySms(AlertKind.ROAMING_DAY);
        Msisdn kari = company.subscriber(0, "FRI_5", "Kari Historie");

        ingestLines("history", data(kari, at(YearMonth.from(Oslo.today(clock)).minusMonths(2).atDay(10), 10), "US",
                ROAMING_BYTES));

        List<AlertLine> found = alerts(AlertKind.ROAMING_DAY);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).notified()).isFalse();
        assertThat(smsTo(admin)).isEmpty();
    }

    @Test
    void unusualMonthAgainstTheUsersOwnMedian() {
        AlertRule rule = rules.rule(company.id(), AlertKind.UNUSUAL_MONTH);
        rules.save(company.id(), AlertKind.UNUSUAL_MONTH, new AlertRuleInput(true, "100", "3", "", false, true, false,
                List.of()), AlertEditor.system("test"));
        assertThat(rule.factor()).isEqualByComparingTo("3");
        Msisdn ola = company.subscriber(1, "BASIS", "Ola Vanlig");
        YearMonth now = YearMonth.from(Oslo.today(clock));
        StringBuilder history = new StringBuilder();
        for (int back = 1; back <= 4; back++) { // 10 minutes at 0.49 kr: 4.90 kr a month
            history.append(voice(ola, at(now.minusMonths(back).atDay(5), 10), "NO", 600));
        }
        ingestLines("normal", history.toString());
        assertThat(alerts(AlertKind.UNUSUAL_MONTH)).isEmpty();

        ingestLines("spike", data(ola, today(9), "GB", 100_000_000L)); // 200 kr abroad: > 3 × 4.90 and > 100 kr
        List<AlertLine> found = alerts(AlertKind.UNUSUAL_MONTH);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).amount()).isEqualByComparingTo("200.00");
        assertThat(found.get(0).reference()).isEqualByComparingTo("4.90");
        assertThat(smsTo(admin)).hasSize(1).first().asString().contains("Uvanlig høy måned", "Ola Vanlig", "200,00\u00a0kr");

        ingestLines("more", data(ola, today(11), "GB", 100_000_000L));
        assertThat(alerts(AlertKind.UNUSUAL_MONTH)).as("once a month").hasSize(1);
    }

    @Test
    void dataPackageAt80AndAt100PercentEachOnce() {
        bySms(AlertKind.DATA_80);
        bySms(AlertKind.DATA_100);
        Msisdn per = company.subscriber(0, "FRI_1", "Per Data"); // 1 GB

        ingestLines("70", data(per, today(8), "NO", 700_000_000L));
        assertThat(alerts(AlertKind.DATA_80)).isEmpty();
        ingestLines("85", data(per, today(9), "NO", 150_000_000L));
        assertThat(alerts(AlertKind.DATA_80)).singleElement().satisfies(line -> assertThat(line.amount()).isEqualByComparingTo("85.0"));
        assertThat(alerts(AlertKind.DATA_100)).isEmpty();
        ingestLines("100", data(per, today(10), "NO", 200_000_000L));
        assertThat(alerts(AlertKind.DATA_80)).hasSize(1);
        assertThat(alerts(AlertKind.DATA_100)).hasSize(1);
        assertThat(smsTo(admin)).hasSize(2);
    }

    @Test
    void aDatakontrollBlockAlertsTheAdministratorAndTheEmployeeWhenChosen() {
        rules.save(company.id(), AlertKind.DATA_BLOCKED, new AlertRuleInput(true, "", "", "", false, true, true, List.of()),
                AlertEditor.system("test"));
        Msisdn lise = company.subscriber(0, "FRI_1", "Lise Stopp");
        subscriptions.setDataControl(lise.value(), true, Oslo.today(clock).minusYears(1));

        ingestLines("blocked", data(lise, today(9), "NO", 1_200_000_000L));

        assertThat(alerts(AlertKind.DATA_BLOCKED)).hasSize(1);
        assertThat(smsTo(admin)).hasSize(1).first().asString().contains("Datakontroll", "Lise Stopp");
        assertThat(smsTo(lise).stream().filter(text -> text.contains("Bedriftsportalen – Datakontroll"))).hasSize(1);
    }

    @Test
    void anOverdueInvoiceFromTheDailyJobOncePerInvoice() {
        bySms(AlertKind.INVOICE_OVERDUE);
        LocalDate today = Oslo.today(clock);
        long number = 700_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 99_999_999L);
        jdbc.sql("""
                insert into invoice (company_id, customer_account_id, type, number, issue_date, due_date, period_start, period_end,
                                     kid, buyer_reference, amount_excl_vat, vat, total)
                values (:company, :account, 'INVOICE', :number, :issued, :due, :start, :end, '0000000000', 'ref', 800, 200, 1000)""")
                .param("company", company.id()).param("account", company.account(0).id()).param("number", number)
                .param("issued", today.minusDays(20)).param("due", today.minusDays(5))
                .param("start", today.minusMonths(1).withDayOfMonth(1)).param("end", today.withDayOfMonth(1).minusDays(1))
                .update();

        evaluator.evaluate(AlertCheckContext.daily(company.id(), today), AlertCheck.AlertTrigger.DAILY);
        evaluator.evaluate(AlertCheckContext.daily(company.id(), today), AlertCheck.AlertTrigger.DAILY);

        assertThat(alerts(AlertKind.INVOICE_OVERDUE)).singleElement()
                .satisfies(line -> assertThat(line.period()).isEqualTo(String.valueOf(number)));
        assertThat(smsTo(admin)).hasSize(1).first().asString().contains(String.valueOf(number), "1\u00a0000,00\u00a0kr");
    }

    @Test
    void inTheCompanysLanguageByEmailToo() {
        jdbc.sql("update company set language = 'en' where company_id = :company").param("company", company.id()).update();
        Msisdn boss = company.subscriberWithEmail(0, "FRI_5", "Boss Mail", "boss@example.no");
        portalUsers.grant(company.id(), GrantAccess.superUser(boss.value()), Actor.operator("127.0.0.1"));
        rules.save(company.id(), AlertKind.ROAMING_DAY, new AlertRuleInput(true, "500", "", "", true, true, false, List.of()),
                AlertEditor.system("test"));
        Msisdn kari = company.subscriber(0, "FRI_5", "Kari English");

        ingestLines("english", data(kari, today(10), "US", ROAMING_BYTES));

        assertThat(smsTo(boss)).hasSize(1).first().asString().contains("Cost abroad per day", "Kari English", "spent");
        List<String> mails = jdbc.sql("select subject || ' | ' || text_body from mail_outbox where company_id = :company "
                + "and recipient = 'boss@example.no' and purpose = 'ALERT'").param("company", company.id()).query(String.class).list();
        assertThat(mails).hasSize(1).first().asString().contains("Alert from Bedriftsportalen: Cost abroad per day", "800,00\u00a0kr",
                "/insights/alerts");
    }

    @Test
    void oneCompanysAlertsAreNobodyElses() {
        bySms(AlertKind.ROAMING_DAY);
        CompanyMother.TestCompany other = mother.company("Annen");
        Msisdn otherAdmin = other.superUser();
        Msisdn kari = company.subscriber(0, "FRI_5", "Kari Eget");

        ingestLines("own", data(kari, today(10), "US", ROAMING_BYTES));

        assertThat(alerts(AlertKind.ROAMING_DAY)).hasSize(1);
        assertThat(alerts.list(AccessScope.wholeCompany(other.id()), AlertQuery.parse(name -> null)).rows()).isEmpty();
        assertThat(smsTo(otherAdmin)).isEmpty();
    }

    @Test
    void aUserLimitedToADepartmentSeesAndIsToldOnlyOfIt() {
        Msisdn salesOnly = company.userWith(java.util.Set.of(no.bedriftsportal.identity.PortalModule.INSIGHTS), 0);
        long salesUser = portalUsers.list(company.id()).stream().filter(u -> u.msisdn().equals(salesOnly)).findFirst()
                .orElseThrow().id();
        long adminUser = portalUsers.list(company.id()).stream().filter(u -> u.msisdn().equals(admin)).findFirst()
                .orElseThrow().id();
        rules.save(company.id(), AlertKind.ROAMING_DAY, new AlertRuleInput(true, "500", "", "", false, true, false,
                List.of(salesUser, adminUser)), AlertEditor.system("test"));
        Msisdn drift = company.subscriber(1, "FRI_5", "Dag Drift");

        ingestLines("drift", data(drift, today(10), "US", ROAMING_BYTES));

        assertThat(smsTo(admin)).hasSize(1);
        assertThat(smsTo(salesOnly)).as("not theirs to see").isEmpty();
        var scope = new AccessScope(company.id(), java.util.Set.of(company.account(0).id()));
        assertThat(alerts.list(scope, AlertQuery.parse(name -> null)).rows()).isEmpty();
        assertThat(alerts.countNew(AccessScope.wholeCompany(company.id()))).isEqualTo(1);
    }

    @Test
    void aRuleSwitchedOffFiresNothingAndWrongInputIsRefusedByField() {
        rules.save(company.id(), AlertKind.ROAMING_DAY, new AlertRuleInput(false, "500", "", "", true, false, false, List.of()),
                AlertEditor.system("test"));
        Msisdn kari = company.subscriber(0, "FRI_5", "Kari Av");
        ingestLines("off", data(kari, today(10), "US", ROAMING_BYTES));
        assertThat(alerts(AlertKind.ROAMING_DAY)).isEmpty();

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(no.bedriftsportal.shared.InvalidInputException.class,
                () -> rules.save(company.id(), AlertKind.ROAMING_DAY, new AlertRuleInput(true, "mange", "", "", true, false,
                        false, List.of()), AlertEditor.system("test"))).field()).isEqualTo("amount");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(no.bedriftsportal.shared.InvalidInputException.class,
                () -> rules.save(company.id(), AlertKind.ROAMING_DAY, new AlertRuleInput(true, "500", "", "", false, false,
                        false, List.of()), AlertEditor.system("test"))).field()).isEqualTo("channels");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(AlertRulesRefused.class,
                () -> rules.save(company.id(), AlertKind.ROAMING_DAY, AlertRuleInput.of(rules.rule(company.id(),
                        AlertKind.ROAMING_DAY)), new AlertEditor("limited", true, false)))).isNotNull();
    }

    @Test
    void aDepartmentsForecastOverItsBudgetFiresOnceAMonth() {
        bySms(AlertKind.BUDGET_FORECAST);
        Msisdn kari = company.subscriber(0, "FRI_5", "Kari Budsjett");
        YearMonth month = YearMonth.from(Oslo.today(clock));
        budgets.setBySystem(company.id(), company.account(0).number(), new java.math.BigDecimal("100"), month, "test");
        budgets.setBySystem(company.id(), company.account(1).number(), new java.math.BigDecimal("100000"), month, "test");

        ingestLines("abroad", data(kari, today(10), "US", ROAMING_BYTES)); // 800 kr abroad and the FRI_5 fee: over 100 kr

        List<AlertLine> found = alerts(AlertKind.BUDGET_FORECAST);
        assertThat(found).as("Salg is over its budget, Drift is not").hasSize(1);
        AlertLine over = found.get(0);
        assertThat(over.msisdn()).isNull();
        assertThat(over.customerNumber()).isEqualTo(company.account(0).number());
        assertThat(over.amount()).isGreaterThan(new java.math.BigDecimal("800"));
        assertThat(over.period()).isEqualTo(month.toString());
        assertThat(smsTo(admin)).hasSize(1).first().asString().contains("Salg", "100,00\u00a0kr");

        ingestLines("more", data(kari, today(11), "US", ROAMING_BYTES));
        assertThat(alerts(AlertKind.BUDGET_FORECAST)).as("once a month").hasSize(1);
        assertThat(smsTo(admin)).hasSize(1);
    }

    // --- helpers

    private void bySms(AlertKind kind) {
        AlertRule rule = rules.rule(company.id(), kind);
        rules.save(company.id(), kind, new AlertRuleInput(true, rule.amount() == null ? "" : rule.amount().toPlainString(),
                rule.factor() == null ? "" : rule.factor().toPlainString(), rule.days() == null ? "" : rule.days().toString(),
                false, true, false, List.of()), AlertEditor.system("test"));
    }

    private List<AlertLine> alerts(AlertKind kind) {
        return alerts.list(AccessScope.wholeCompany(company.id()), AlertQuery.parse(name -> "kind".equals(name) ? kind.slug() : null))
                .rows();
    }

    private List<String> smsTo(Msisdn msisdn) {
        return sms.latest(5000).stream().filter(message -> message.to().equals(msisdn.value())
                && message.text().startsWith("Bedriftsportalen – ")).map(message -> message.text()).toList();
    }

    /** Today at this hour in Oslo, as the CDR format writes a time (an hour that has passed by the clock). */
    private String today(int hour) {
        return at(Oslo.today(clock), hour);
    }

    private static String at(LocalDate day, int hour) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.of(day, LocalTime.of(hour, 0), Oslo.ZONE));
    }

    private static String data(Msisdn msisdn, String start, String country, long bytes) {
        return id() + "," + msisdn.value() + ",DATA," + start + ",,," + country + ",," + bytes + ",,,,\n";
    }

    private static String voice(Msisdn msisdn, String start, String country, long seconds) {
        return id() + "," + msisdn.value() + ",VOICE," + start + ",MO,+4722334455," + country + "," + seconds + ",,,,,\n";
    }

    private static String id() {
        return "alert-" + UUID.randomUUID();
    }

    private void ingestLines(String name, String lines) {
        ingest.ingest(file(lines), name + "-" + UUID.randomUUID() + ".csv", CdrSource.UPLOAD);
    }

    private static Path file(String lines) {
        try {
            Path file = Files.createTempFile("alerts", ".csv");
            Files.writeString(file, ThisMonthsCdrs.HEADER + lines);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

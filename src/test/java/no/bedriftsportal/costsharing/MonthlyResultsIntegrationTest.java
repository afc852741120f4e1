package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.billing.RunInvoices;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.usage.BuyExtraPackage;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;
import no.bedriftsportal.usage.Payer;

/**
 * Issue #14.5 as one story on its own database (invoice runs span all companies and go in month
 * order): COST-SHARING.md's worked example gathered from the database, computed, stored, made final
 * by the daily job, and a late classification of a final month corrected in the next month.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.database.embedded.data-dir=target/test-postgres-costsharing")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlyResultsIntegrationTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);

    static long companyId;
    static long kari;
    static long ola;
    static Msisdn kariNumber;

    @Autowired
    CompanyMother companyMother;

    @Autowired
    Companies companies;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    BuyExtraPackage buyExtraPackage;

    @Autowired
    RunInvoices runInvoices;

    @Autowired
    MonthInputs inputs;

    @Autowired
    no.bedriftsportal.subscription.Subscriptions subscriptions;

    @Autowired
    ResultStore store;

    @Autowired
    MonthlyResults results;

    @Autowired
    ResultTriggers triggers;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Test
    @Order(1)
    void theWorkedExampleIsGatheredFromTheDatabase() throws Exception {
        clock.set(Instant.parse("2026-04-02T08:00:00Z"));
        TestCompany company = companyMother.company();
        companyId = company.id();
        kariNumber = company.subscriber(0, "FRI_5", "Kari Nordmann");
        Msisdn olaNumber = company.subscriber(0, "FRI_5", "Ola Nordmann");
        kari = employeeOf(kariNumber);
        ola = employeeOf(olaNumber);
        long profile = profile(companyId, "Privat bruk betales selv", Instant.parse("2025-12-01T10:00:00Z"));
        assign(companyId, subscriptionOf(kariNumber), profile, Instant.parse("2025-12-15T10:00:00Z"));
        agreement(companyId, kari, LocalDate.of(2025, 12, 1));
        ingest.ingest(file("""
                jan-1,%1$s,CONTENT,2026-01-12T12:00:00+01:00,,2020,NO,,,760.00,25,Butikk,Kjøp
                mar-1,%1$s,DATA,2026-03-07T20:00:00-05:00,,,US,,150000000,,,,
                mar-2,%1$s,VOICE,2026-03-03T10:00:00+01:00,MO,+8613912345678,NO,600,,,,,
                mar-3,%1$s,CONTENT,2026-03-04T12:00:00+01:00,,2160,NO,,,100.00,0,Redd Barna,Innsamling
                mar-4,%1$s,CONTENT,2026-03-05T12:00:00+01:00,,2020,NO,,,16.00,25,EasyPark,Parkering
                mar-5,%2$s,CONTENT,2026-03-05T12:00:00+01:00,,2020,NO,,,16.00,25,EasyPark,Parkering
                """.formatted(kariNumber.value(), olaNumber.value())), "costsharing.csv", CdrSource.UPLOAD);
        buyExtraPackage.buy(kariNumber.value(), "EXTRA_5", Payer.SALARY, Instant.parse("2026-03-10T10:00:00Z"), "EMPLOYEE");

        List<MonthInputs.Gathered> gathered = inputs.gather(companyId, MARCH);

        assertThat(gathered).hasSize(1); // Ola has no profile
        EmployeeMonth month = gathered.get(0).input();
        assertThat(month.employeeId()).isEqualTo(kari);
        assertThat(month.agreement()).isTrue();
        assertThat(gathered.get(0).agreementSignedOn()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(month.privateEarlierInYear()).isEqualByComparingTo("950.00");
        assertThat(month.yearlyThreshold()).isEqualByComparingTo("1000.00");
        assertThat(month.unclassifiedAs()).isEqualTo(Classification.PRIVATE);
        EmployeeMonth.SubscriptionMonth subscription = month.subscriptions().get(0);
        assertThat(subscription.profile().name()).isEqualTo("Privat bruk betales selv");
        assertThat(subscription.maskedMsisdn()).endsWith("•••").doesNotContain(kariNumber.value().substring(8));
        assertThat(subscription.pieces()).extracting(EmployeeMonth.Piece::description, piece -> piece.gross().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Samtale til utlandet (Z3), 10 min", "49.88"),
                        org.assertj.core.groups.Tuple.tuple("Data i USA, 150 MB", "750.00"));
        assertThat(subscription.pieces()).extracting(EmployeeMonth.Piece::category).containsExactly("abroad", "abroad");
        assertThat(subscription.extras()).extracting(EmployeeMonth.ExtraBought::code, EmployeeMonth.ExtraBought::payer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EXTRA_5", Payer.SALARY));
        assertThat(subscription.feeGross()).isEqualByComparingTo("0"); // not invoiced yet
        assertThat(month.contentPurchases()).extracting(EmployeeMonth.ContentPurchase::description,
                purchase -> purchase.gross().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Redd Barna, Innsamling", "100.00"),
                        org.assertj.core.groups.Tuple.tuple("EasyPark, Parkering", "20.00"));
    }

    @Test
    @Order(2)
    void aPreliminaryResultIsReplacedWholeAndAFinalOneIsKept() {
        TestCompany other = companyMother.company();
        long employee = employeeOf(other.subscriber(0, "FRI_5"));
        YearMonth january = YearMonth.of(2026, 1);
        ResultLine line = new ResultLine(ResultLine.Kind.CONTENT, ResultLine.Treatment.DEDUCTION, null, null,
                new EmployeeMonth.ProfileInForce(1, 2, "Standard", ProfileRules.standard()), "DEDUCT_ALL_PRIVATE",
                new BigDecimal("20.00"), null, List.of(new ResultLine.EventRef("x-1", 0, Instant.parse("2026-01-05T10:00:00Z"),
                        "EasyPark, Parkering", new BigDecimal("20.00"))));
        EmployeeMonthResult result = new EmployeeMonthResult(new BigDecimal("20.00"), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), List.of(line));

        assertThat(store.replacePreliminary(other.id(), january, null,
                List.of(new ResultStore.Computed(employee, null, result)), clock.instant())).isEqualTo(1);
        Instant later = clock.instant().plusSeconds(60);
        assertThat(store.replacePreliminary(other.id(), january, null,
                List.of(new ResultStore.Computed(employee, null, result)), later)).as("the same result is left as it was").isZero();
        assertThat(jdbc.sql("select computed_at from costsharing_result where company_id = :c").param("c", other.id())
                .query(Timestamp.class).single().toInstant()).as("with the time of its last computation").isEqualTo(later);
        LocalDate signed = LocalDate.of(2026, 1, 20);
        assertThat(store.replacePreliminary(other.id(), january, null,
                List.of(new ResultStore.Computed(employee, signed, result)), later)).as("an agreement is part of it").isEqualTo(1);

        assertThat(count("costsharing_result", other.id())).isEqualTo(1);
        assertThat(count("costsharing_result_line", other.id())).isEqualTo(1);
        assertThat(count("costsharing_result_event", other.id())).isEqualTo(1);
        assertThat(jdbc.sql("select agreement_signed_on from costsharing_result where company_id = :c").param("c", other.id())
                .query(LocalDate.class).single()).isEqualTo(signed);
        store.markFinal(other.id(), january);
        store.replacePreliminary(other.id(), january, null, List.of(), clock.instant());
        assertThat(store.statuses(other.id(), january)).isEqualTo(Map.of(employee, ResultStore.Status.FINAL));
        assertThat(count("costsharing_result_event", other.id())).isEqualTo(1);
    }

    @Test
    @Order(3)
    void theInvoiceRunComputesTheWorkedExample() {
        runInvoices.run(MARCH);

        assertThat(totals(kari, MARCH)).isEqualTo("PRELIMINARY 1068.63 0.00 0.00");
        assertThat(store.statuses(companyId, MARCH)).containsOnlyKeys(kari);
        assertThat(jdbc.sql("select count(*) from costsharing_result_event where company_id = :c and description like 'Data i USA%'")
                .param("c", companyId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void theDailyJobMakesTheMonthFinalTheDayAfterTheDeadline() {
        triggers.run(LocalDate.of(2026, 4, 10));
        assertThat(totals(kari, MARCH)).startsWith("PRELIMINARY");

        clock.set(Instant.parse("2026-04-11T02:15:00Z"));
        triggers.run(LocalDate.of(2026, 4, 11));

        assertThat(totals(kari, MARCH)).isEqualTo("FINAL 1068.63 0.00 0.00");
    }

    @Test
    @Order(5)
    void aLateClassificationOfAFinalMonthIsCorrectedInTheNextMonth() {
        clock.set(Instant.parse("2026-04-12T10:00:00Z"));
        jdbc.sql("""
                insert into content_classification (company_id, cdr_id, piece, subscription_id, start_time, classification,
                        classified_at, classified_by, classified_by_name)
                values (:c, 'mar-4', 0, :s, '2026-03-05T11:00:00Z', 'WORK', :at, 'ADMIN', 'Admin')""")
                .param("c", companyId).param("s", subscriptionOf(kariNumber)).param("at", Timestamp.from(clock.instant())).update();
        events.publishEvent(new ContentClassified(companyId, kari, MARCH));
        assertThat(totals(kari, MARCH)).isEqualTo("FINAL 1068.63 0.00 0.00");

        clock.set(Instant.parse("2026-05-02T08:00:00Z"));
        runInvoices.run(YearMonth.of(2026, 4));

        assertThat(totals(kari, YearMonth.of(2026, 4))).isEqualTo("PRELIMINARY -20.00 0.00 0.00");
        assertThat(jdbc.sql("""
                select kind || ' ' || treatment || ' ' || amount || ' ' || corrects_month from costsharing_result_line
                where company_id = :c and employee_id = :e and month = '2026-04-01'""")
                .param("c", companyId).param("e", kari).query(String.class).list())
                .containsExactly("CORRECTION DEDUCTION -20.00 2026-03-01");
    }

    /**
     * A subscription moved between employees in the month: each piece counts for whoever held the line when it
     * happened, each holder's part a subscription of its own (its own free amount and maximum).
     */
    @Test
    @Order(6)
    void aSubscriptionMovedBetweenEmployeesCountsForWhoeverHeldItWhen() throws Exception {
        clock.set(Instant.parse("2026-05-20T10:00:00Z"));
        subscriptions.changeHolder(kariNumber.value(), ola, Instant.parse("2026-05-15T00:00:00+02:00"), "Test");
        ingest.ingest(file("""
                may-1,%1$s,DATA,2026-05-14T23:30:00+02:00,,,US,,50000000,,,,
                may-2,%1$s,DATA,2026-05-15T00:30:00+02:00,,,US,,40000000,,,,
                """.formatted(kariNumber.value())), "moved.csv", CdrSource.UPLOAD);

        List<MonthInputs.Gathered> gathered = inputs.gather(companyId, YearMonth.of(2026, 5));

        assertThat(gathered).extracting(g -> g.input().employeeId(),
                g -> g.input().subscriptions().get(0).pieces().stream().map(p -> p.gross().toPlainString()).toList())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(kari, List.of("250.00")),
                        org.assertj.core.groups.Tuple.tuple(ola, List.of("200.00")));
        EmployeeMonthResult karis = EmployeeMonthCalculator.compute(gathered.stream()
                .filter(g -> g.input().employeeId() == kari).findFirst().orElseThrow().input());
        EmployeeMonthResult olas = EmployeeMonthCalculator.compute(gathered.stream()
                .filter(g -> g.input().employeeId() == ola).findFirst().orElseThrow().input());
        assertThat(karis.deduction()).isEqualByComparingTo("150.00"); // 250.00 abroad less her free amount of 100.00
        // Ola has no agreement: his part (200.00 less his own free amount) is listed, not deducted
        assertThat(olas.notDeducted()).isEqualByComparingTo("100.00");
        assertThat(olas.deduction()).isEqualByComparingTo("0.00");
    }

    private String totals(long employee, YearMonth month) {
        return jdbc.sql("""
                select status || ' ' || deduction || ' ' || benefit || ' ' || not_deducted from costsharing_result
                where company_id = :c and employee_id = :e and month = :m""")
                .param("c", companyId).param("e", employee).param("m", month.atDay(1)).query(String.class).optional().orElse("none");
    }

    private long count(String table, long company) {
        return jdbc.sql("select count(*) from " + table + " where company_id = :c").param("c", company).query(Long.class).single();
    }

    private long employeeOf(Msisdn msisdn) {
        return jdbc.sql("select employee_id from subscription where msisdn = :m").param("m", msisdn.value()).query(Long.class).single();
    }

    private long subscriptionOf(Msisdn msisdn) {
        return jdbc.sql("select subscription_id from subscription where msisdn = :m").param("m", msisdn.value())
                .query(Long.class).single();
    }

    /** A profile with the rules of "Privat bruk betales selv", version 1 saved at {@code savedAt}. */
    static long profile(JdbcClient jdbc, long companyId, String name, Instant savedAt) {
        long id = jdbc.sql("insert into costsharing_profile (company_id, created_at) values (:c, :at) returning profile_id")
                .param("c", companyId).param("at", Timestamp.from(savedAt)).query(Long.class).single();
        jdbc.sql("""
                insert into costsharing_profile_version (company_id, profile_id, version, saved_at, saved_by, name, content_rule,
                        data_control, buy_by_salary, buy_by_vipps, traffic_rules, free_amount)
                values (:c, :p, 1, :at, 'Test', :name, 'DEDUCT_ALL_PRIVATE', false, true, true,
                        array['ABROAD', 'OUTSIDE_WORKING_HOURS'], 100.00)""")
                .param("c", companyId).param("p", id).param("at", Timestamp.from(savedAt)).param("name", name).update();
        return id;
    }

    private long profile(long company, String name, Instant savedAt) {
        return profile(jdbc, company, name, savedAt);
    }

    static void assign(JdbcClient jdbc, long companyId, long subscriptionId, long profileId, Instant at) {
        jdbc.sql("""
                insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, profile_id, assigned_by)
                values (:c, :s, :at, 'PROFILE', :p, 'Test')""")
                .param("c", companyId).param("s", subscriptionId).param("at", Timestamp.from(at)).param("p", profileId).update();
    }

    private void assign(long company, long subscription, long profile, Instant at) {
        assign(jdbc, company, subscription, profile, at);
    }

    static void agreement(JdbcClient jdbc, long companyId, long employeeId, LocalDate signedOn) {
        jdbc.sql("""
                insert into salary_deduction_agreement (company_id, employee_id, signed_on, recorded_at, recorded_by)
                values (:c, :e, :d, now(), 'Test')""")
                .param("c", companyId).param("e", employeeId).param("d", signedOn).update();
    }

    private void agreement(long company, long employee, LocalDate signedOn) {
        agreement(jdbc, company, employee, signedOn);
    }

    static Path file(String lines) throws Exception {
        Path file = Files.createTempFile("cdr", ".csv");
        Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n" + lines);
        return file;
    }
}

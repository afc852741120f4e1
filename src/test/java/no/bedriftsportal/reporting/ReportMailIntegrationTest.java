package no.bedriftsportal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestSmtp;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.billing.InvoiceRunCompleted;
import no.bedriftsportal.identity.Actor;
import no.bedriftsportal.identity.GrantAccess;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.identity.Role;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * Reports by e-mail end to end (#16.6, R4, ADR 0022), with a real SMTP server (GreenMail) — every
 * check that needs one is here, in one application context: sending now from the page and the API
 * (the file attached and opened), recipients at the company's domains or its portal users only,
 * schedules by a moved clock (weekly, the 31st in a 30-day month, across the autumn DST night,
 * after the invoice run), each occurrence sent once however often and from however many threads
 * the runner runs, a given-up mail told to the owner once, an owner without access pausing the schedule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({PortalIntegrationTest.Fixtures.class, CompanyMother.class, ApiTokenMother.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportMailIntegrationTest {

    private static final GreenMail smtp = TestSmtp.started();

    @DynamicPropertySource
    static void withAnSmtpServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, smtp, "target/test-postgres-report-mail");
        registry.add("portal.mail.dispatch-interval", () -> "200ms");
    }

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    ApiTokenMother tokens;

    @Autowired
    JavaMailSenderImpl sender;

    @Autowired
    SmsOutbox sms;

    @Autowired
    PortalUsers portalUsers;

    @Autowired
    ScheduleRunner runner;

    @Autowired
    DeliveryWatch deliveries;

    @Autowired
    RecipientRules recipients;

    @Autowired
    SavedReportStore savedStore;

    @Autowired
    ScheduleStore scheduleStore;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    TestCompany company;
    Msisdn admin;
    Msisdn leader;
    CompanyApiClient api;

    @BeforeAll
    void aCompanyWithAnAdministratorAnEmployeeAtItsDomainAndALeaderWithAnAddressOfTheirOwn() {
        clock.set(SET_AT);
        sender.setPort(smtp.getSmtp().getPort());
        company = mother.company("Salg", "Drift");
        admin = company.superUser();
        company.subscriberWithEmail(0, "FRI_5", "Kari Rapport", "kari@firma.test");
        leader = company.subscriberWithEmail(1, "FRI_5", "Lise Leder", "lise@hjemme.test");
        portalUsers.grant(company.id(), new GrantAccess(leader.value(), Role.USER, Set.of(company.account(1).id()),
                Set.of(PortalModule.DASHBOARD, PortalModule.REPORTS)), Actor.operator("127.0.0.1"));
        api = new CompanyApiClient(port, tokens.tokenFor(company.id(), ApiScope.REPORTS_READ, ApiScope.REPORTS_MANAGE));
    }

    /** The schedules below are set at this moment and run at fixed days after it, whatever day the suite runs. */
    static final Instant SET_AT = Instant.parse("2026-11-20T14:00:00Z");

    @BeforeEach
    void theDayTheSchedulesAreSet() {
        clock.set(SET_AT);
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void sentNowFromThePageTheCsvArrivesAndAForeignAddressIsRefusedBesideTheField() throws Exception {
        PortalHttpClient browser = new PortalHttpClient(port);
        browser.logIn(admin, sms);
        browser.get("/reports/saved");
        PortalHttpClient.Page refused = browser.post("/reports/subscriptions/send", Map.of("query", "level=user", "format", "CSV",
                "recipients", "kari@firma.test, ola@gmail.com, ikke-en-adresse"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("ola@gmail.com: verken i firmaets domener eller en portalbruker",
                "ikke-en-adresse: ikke en gyldig e-postadresse", "field__error");

        PortalHttpClient.Page sent = browser.post("/reports/subscriptions/send", Map.of("query", "level=user", "format", "CSV",
                "recipients", "kari@firma.test", "message", "Her er listen over abonnementer."));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("Rapporten er sendt til kari@firma.test.");

        MimeMessage mail = received("kari@firma.test", "Her er listen");
        assertThat(mail.getSubject()).contains(" – ");
        String csv = new String(attachment(mail).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Kari Rapport", "Lise Leder");
        assertThat(audited("REPORT_SENT")).anyMatch(details -> details.contains("kari@firma.test"));
    }

    @Test
    void sentNowThroughTheApiTheExcelFileOpensWithTheRows() throws Exception {
        CompanyApiClient.Response sent = api.exchange("POST", "/api/v1/reports/subscriptions/send",
                "{\"query\": \"level=user\", \"format\": \"xlsx\", \"recipients\": [\"lise@hjemme.test\"], \"message\": \"Excel-utgaven\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.<Integer>json("$.rows")).isGreaterThanOrEqualTo(3);
        try (XSSFWorkbook workbook = new XSSFWorkbook(attachment(received("lise@hjemme.test", "Excel-utgaven")))) {
            List<String> names = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    names.add(cell.toString());
                }
            }
            assertThat(names).contains("Kari Rapport", "Lise Leder");
        }
        assertThat(api.exchange("POST", "/api/v1/reports/subscriptions/send",
                "{\"query\": \"level=user\", \"recipients\": [\"noen@gmail.com\"]}").status()).isEqualTo(400);
    }

    @Test
    void recipientsAreAtTheCompanysDomainsOrAreItsPortalUsers() {
        assertThat(recipients.check(company.id(), List.of("Kari@Firma.test", "noen@hjemme.test")))
                .as("no domains set: the employees' domains").containsExactly("kari@firma.test", "noen@hjemme.test");
        savedStore.setDomains(company.id(), List.of("firma.test"));
        try {
            assertThat(recipients.check(company.id(), List.of("ny@firma.test", "lise@hjemme.test")))
                    .as("a portal user's own address, at a domain not set").containsExactly("ny@firma.test", "lise@hjemme.test");
            InvalidRecipients refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidRecipients.class,
                    () -> recipients.check(company.id(), List.of("noen@hjemme.test", "a@b", "kari@firma.test")));
            assertThat(refused.refused()).containsExactly(
                    new InvalidRecipients.Refused("noen@hjemme.test", InvalidRecipients.Reason.OUTSIDE_COMPANY),
                    new InvalidRecipients.Refused("a@b", InvalidRecipients.Reason.MALFORMED));
        } finally {
            savedStore.setDomains(company.id(), List.of());
        }
    }

    @Test
    void aWeeklyScheduleSetThroughTheApiSendsEachOccurrenceOnceHoweverOftenItRuns() throws Exception {
        long id = saveThroughApi("Abonnementer hver mandag");
        CompanyApiClient.Response schedule = api.exchange("PUT", "/api/v1/reports/saved/" + id + "/schedule",
                "{\"cadence\": \"WEEKLY\", \"weekday\": 1, \"timeOfDay\": \"07:00\", \"format\": \"csv\", "
                        + "\"recipients\": [\"kari@firma.test\"], \"message\": \"Mandagsrapport\"}");
        assertThat(schedule.status()).as(schedule.body()).isEqualTo(200);
        assertThat(api.exchange("PUT", "/api/v1/reports/saved/" + id + "/schedule",
                "{\"cadence\": \"WEEKLY\", \"weekday\": 1, \"timeOfDay\": \"07:00\", \"recipients\": [\"x@gmail.com\"]}").status())
                .as("recipients are checked as when sending now").isEqualTo(400);
        long scheduleId = ((Number) api.get("/api/v1/reports/saved/" + id).json("$.schedule.id")).longValue();

        clock.set(Instant.parse("2026-11-23T05:59:00Z")); // Monday 06:59 in Oslo
        runner.runDue();
        assertThat(runsOf(scheduleId)).isEmpty();

        clock.set(Instant.parse("2026-11-23T06:00:00Z"));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> twice = List.of(runner::runDue, runner::runDue);
            for (Future<Integer> run : threads.invokeAll(twice)) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }
        runner.runDue();
        assertThat(runsOf(scheduleId)).containsExactly("2026-11-23");
        assertThat(mailsOf(scheduleId)).as("one mail, whichever thread claimed the occurrence").hasSize(1);
        received("kari@firma.test", "Mandagsrapport");
        assertThat(jdbc.sql("""
                select count(*) from audit_event where company_id = :company and action = 'REPORT_SENT' and actor = :actor""")
                .param("company", company.id()).param("actor", "schedule:report-schedule:" + scheduleId).query(Long.class).single())
                .as("the scheduled send is in the audit log, by the schedule").isEqualTo(1);

        List<Map<String, Object>> log = api.get("/api/v1/reports/saved/" + id + "/runs").json("$");
        assertThat(log).singleElement().satisfies(run -> {
            assertThat(run.get("occurrence")).isEqualTo("2026-11-23");
            assertThat(run.get("status")).isEqualTo("QUEUED");
            assertThat(((Number) run.get("sizeBytes")).longValue()).isPositive();
        });

        // the outbox gives the mail up: the owner hears it once, by SMS, and the log shows it
        long mailId = mailsOf(scheduleId).get(0);
        jdbc.sql("update mail_outbox set status = 'FAILED', last_error = '550 mailbox unavailable', given_up_at = :now "
                + "where company_id = :company and mail_id = :mail")
                .param("now", Timestamp.from(clock.instant())).param("company", company.id()).param("mail", mailId).update();
        deliveries.check();
        deliveries.check();
        assertThat(jdbc.sql("select count(*) from sms_outbox where company_id = :company and purpose = 'REPORT_FAILED'")
                .param("company", company.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(api.get("/api/v1/reports/saved/" + id + "/runs").<String>json("$[0].mails[0].status")).isEqualTo("FAILED");
        assertThat(api.get("/api/v1/reports/saved/" + id + "/runs").<String>json("$[0].failureReportedAt")).isNotNull();
        assertThat(audited("REPORT_SCHEDULE_SAVED")).anyMatch(details -> details.contains("Abonnementer hver mandag"));
    }

    @Test
    void onTheThirtyFirstInANovemberItGoesOnThe30th() {
        long id = saveThroughApi("Siste dag");
        assertThat(api.exchange("PUT", "/api/v1/reports/saved/" + id + "/schedule", "{\"cadence\": \"MONTHLY\", \"dayOfMonth\": 31, "
                + "\"timeOfDay\": \"07:00\", \"format\": \"csv\", \"recipients\": [\"kari@firma.test\"]}").status()).isEqualTo(200);
        long scheduleId = ((Number) api.get("/api/v1/reports/saved/" + id).json("$.schedule.id")).longValue();
        clock.set(Instant.parse("2026-11-30T05:59:00Z"));
        runner.runDue();
        assertThat(runsOf(scheduleId)).isEmpty();
        clock.set(Instant.parse("2026-11-30T06:00:00Z"));
        runner.runDue();
        clock.set(Instant.parse("2026-12-05T10:00:00Z")); // days later, the portal restarted: nothing new is due
        runner.runDue();
        assertThat(runsOf(scheduleId)).containsExactly("2026-11-30");
    }

    @Test
    void sevenOsloTimeOnTheNightSummerTimeEnds() {
        clock.set(Instant.parse("2026-10-24T12:00:00Z"));
        long id = saveThroughApi("Søndager");
        assertThat(api.exchange("PUT", "/api/v1/reports/saved/" + id + "/schedule", "{\"cadence\": \"WEEKLY\", \"weekday\": 7, "
                + "\"timeOfDay\": \"07:00\", \"format\": \"csv\", \"recipients\": [\"kari@firma.test\"]}").status()).isEqualTo(200);
        long scheduleId = ((Number) api.get("/api/v1/reports/saved/" + id).json("$.schedule.id")).longValue();
        clock.set(Instant.parse("2026-10-25T05:59:00Z")); // 06:59 CET: summer time ended at 03:00
        runner.runDue();
        assertThat(runsOf(scheduleId)).isEmpty();
        clock.set(Instant.parse("2026-10-25T06:00:00Z"));
        runner.runDue();
        assertThat(runsOf(scheduleId)).containsExactly("2026-10-25");
    }

    @Test
    void afterTheInvoiceRunAtTheTimeOfDayOnce() {
        long id = saveThroughApi("Etter fakturaen");
        assertThat(api.exchange("PUT", "/api/v1/reports/saved/" + id + "/schedule", "{\"cadence\": \"AFTER_INVOICE\", "
                + "\"timeOfDay\": \"07:00\", \"format\": \"csv\", \"recipients\": [\"kari@firma.test\"]}").status()).isEqualTo(200);
        long scheduleId = ((Number) api.get("/api/v1/reports/saved/" + id).json("$.schedule.id")).longValue();
        jdbc.sql("""
                insert into invoice_run (month, cdr_file_watermark, purchase_watermark, started_at, invoices, total)
                values (date '2026-11-01', 0, 0, timestamptz '2026-12-01 02:30+01', 0, 0) on conflict do nothing""").update();
        try {
            clock.set(Instant.parse("2026-12-01T05:59:00Z"));
            runner.runDue();
            assertThat(runsOf(scheduleId)).as("the run was at 02:30; the report goes at 07:00").isEmpty();
            clock.set(Instant.parse("2026-12-01T06:00:00Z"));
            transactions.executeWithoutResult(status -> events.publishEvent(new InvoiceRunCompleted(YearMonth.of(2026, 11))));
            assertThat(runsOf(scheduleId)).as("sent as the run's event is heard").containsExactly("invoice-run:2026-11");
            runner.runDue();
            assertThat(runsOf(scheduleId)).containsExactly("invoice-run:2026-11");
            assertThat(mailsOf(scheduleId)).hasSize(1);
        } finally {
            jdbc.sql("delete from invoice_run where month = date '2026-11-01' and invoices = 0 and cdr_file_watermark = 0").update();
        }
    }

    @Test
    void anOwnerWhoIsGonePausesTheScheduleAndNothingIsSent() {
        Msisdn owner = company.userWith(Set.of(PortalModule.REPORTS), 0);
        long ownerId = company.portalUser(owner).id();
        long savedId = savedStore.insert(company.id(), ownerId, "Eierløs", ReportKind.SUBSCRIPTIONS, "level=user", ReportFormat.CSV,
                clock.instant());
        long scheduleId = scheduleStore.save(company.id(), savedId, new ScheduleForm(Cadence.WEEKLY, 1, null, LocalTime.of(7, 0),
                ReportFormat.CSV, List.of("kari@firma.test"), null), clock.instant());
        portalUsers.remove(company.id(), ownerId, Actor.operator("127.0.0.1"));
        clock.set(Instant.parse("2026-11-23T06:00:00Z"));
        runner.runDue();
        assertThat(runsOf(scheduleId)).isEmpty();
        assertThat(scheduleStore.find(company.id(), scheduleId).orElseThrow().pausedReason()).isEqualTo("reports.schedule.paused.ownerGone");

        PortalHttpClient browser = new PortalHttpClient(port);
        browser.logIn(admin, sms);
        assertThat(browser.get("/reports/saved").body()).contains("Eierløs", "Satt på pause", "Har ikke tilgang lenger");
    }

    private long saveThroughApi(String name) {
        CompanyApiClient.Response saved = api.exchange("POST", "/api/v1/reports/saved",
                "{\"name\": \"" + name + "\", \"report\": \"subscriptions\", \"query\": \"level=user\", \"format\": \"csv\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        return ((Number) saved.json("$.id")).longValue();
    }

    private List<String> runsOf(long scheduleId) {
        return jdbc.sql("select occurrence from report_schedule_run where company_id = :company and schedule_id = :id order by due_at")
                .param("company", company.id()).param("id", scheduleId).query(String.class).list();
    }

    private List<Long> mailsOf(long scheduleId) {
        return jdbc.sql("select unnest(mail_ids) from report_schedule_run where company_id = :company and schedule_id = :id")
                .param("company", company.id()).param("id", scheduleId).query(Long.class).list();
    }

    private List<String> audited(String action) {
        return jdbc.sql("select coalesce(cast(facts as text), '') from audit_event where company_id = :company and action = :action")
                .param("company", company.id()).param("action", action).query(String.class).list();
    }

    /** The mail to {@code to} whose text contains {@code text}, once GreenMail has it. */
    private static MimeMessage received(String to, String text) throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                Address[] recipients = message.getAllRecipients();
                if (recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(to))
                        && textOf(message).contains(text)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + to + " with " + text);
    }

    private static String textOf(MimeMessage message) throws Exception {
        if (message.getContent() instanceof MimeMultipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    return (String) part.getContent();
                }
            }
            return "";
        }
        return String.valueOf(message.getContent());
    }

    private static InputStream attachment(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return new ByteArrayInputStream(part.getInputStream().readAllBytes());
            }
        }
        throw new AssertionError("No attachment");
    }
}

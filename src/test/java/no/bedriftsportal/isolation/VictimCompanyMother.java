package no.bedriftsportal.isolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.billing.InvoiceFilter;
import no.bedriftsportal.costsharing.ProfileDraft;
import no.bedriftsportal.costsharing.Profiles;
import no.bedriftsportal.billing.InvoiceSummary;
import no.bedriftsportal.billing.Invoices;
import no.bedriftsportal.billing.RunInvoices;
import no.bedriftsportal.identity.Actor;
import no.bedriftsportal.identity.GrantAccess;
import no.bedriftsportal.identity.OperatorStaff;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.identity.Role;
import no.bedriftsportal.isolation.Marker.Reach;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiScope;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * Seeds the victim company and the signed-in attackers' numbers: last month invoiced (the run
 * spans all companies, so a test with its own database calls this once) and usage this month at
 * home and abroad. {@code @Import} it.
 */
class VictimCompanyMother {

    static final String PERSON = "Vilde Lekkasjesen";
    static final String COLLEAGUE = "Torbjorn Offermo";
    static final String COUNTRY = "IS";
    static final String PROFILE = "Lekkasjeprofilen";
    static final String SAVED_REPORT = "Lekkasjerapporten";
    private static final String CDR_HEADER = "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,"
            + "volume_bytes,amount_nok,vat_rate,provider,description\n";

    private final CompanyMother companies;
    private final PortalUsers portalUsers;
    private final Subscriptions subscriptions;
    private final IngestCdrFile ingest;
    private final RunInvoices runInvoices;
    private final Invoices invoices;
    private final Clock clock;
    private final ApiTokenMother apiTokenMother;
    private final Profiles profiles;
    private final JdbcClient jdbc;

    private final OperatorStaff staff;
    /** Equipment (#17): the victim's device, registered as the module's API does. */
    @org.springframework.beans.factory.annotation.Autowired
    private no.bedriftsportal.equipment.Equipment equipment;

    VictimCompanyMother(CompanyMother companies, PortalUsers portalUsers, Subscriptions subscriptions, IngestCdrFile ingest,
            RunInvoices runInvoices, Invoices invoices, Clock clock, ApiTokenMother apiTokenMother, Profiles profiles,
            JdbcClient jdbc, OperatorStaff staff) {
        this.staff = staff;
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.apiTokenMother = apiTokenMother;
        this.companies = companies;
        this.portalUsers = portalUsers;
        this.subscriptions = subscriptions;
        this.ingest = ingest;
        this.runInvoices = runInvoices;
        this.invoices = invoices;
        this.clock = clock;
    }

    /**
     * The victim and who attacks it: the signed-in attackers' numbers, every attacker's company API
     * token ({@link Attacker#apiToken()}; none for the anonymous one) and the victim's own, with every scope.
     */
    record Seeded(Victim victim, Map<Attacker, Msisdn> attackers, Map<Attacker, String> apiTokens, String victimApiToken) {
    }

    Seeded seed() {
        TestCompany victim = companies.company("Salg", "Drift");
        Msisdn superUser = victim.superUser();
        Msisdn person = victim.subscriber(0, "FRI_5", PERSON);
        Msisdn colleague = victim.subscriber(0, "FRI_20", COLLEAGUE);
        long personUserId = portalUsers.grant(victim.id(), new GrantAccess(person.value(), Role.USER,
                Set.of(victim.account(0).id()), Set.of(PortalModule.DASHBOARD, PortalModule.INVOICES)), Actor.operator("127.0.0.1")).id();
        Map<Attacker, Msisdn> attackers = new EnumMap<>(Attacker.class);
        attackers.put(Attacker.OTHER_CUSTOMER_NUMBER, victim.userWith(Set.of(PortalModule.INVOICES, PortalModule.INVOICE_CONTROL), 1));
        attackers.put(Attacker.WITHOUT_MODULE, victim.userWith(Set.of(), 1, 0));
        attackers.put(Attacker.EMPLOYEE, victim.subscriber(1, "FRI_5", "Ansatt Nysgjerrig"));
        TestCompany other = companies.company("Lager");
        attackers.put(Attacker.OTHER_COMPANY, other.superUser());
        Msisdn staffNumber = CompanyMother.nextMsisdn();
        staff.register(staffNumber.value(), "Stab Nysgjerrig");
        attackers.put(Attacker.OPERATOR_STAFF, staffNumber);
        Msisdn othersLine = other.subscriber(0, "FRI_5");

        YearMonth lastMonth = YearMonth.from(Oslo.today(clock)).minusMonths(1);
        ingest.ingest(cdrFile("victim-last", at(lastMonth.atDay(5)),
                "1," + person + ",CONTENT,%s,,2020,NO,,,4711.13,25,EasyPark,Parkering",
                "2," + colleague + ",VOICE,%s,MO,+4722334455,NO,125,,,,,",
                "3," + othersLine + ",VOICE,%s,MO,+4722334455,NO,65,,,,,"), "victim-last.csv", CdrSource.UPLOAD);
        runInvoices.run(lastMonth);
        InvoiceSummary invoice = invoices.list(AccessScope.wholeCompany(victim.id()), InvoiceFilter.all()).stream()
                .filter(summary -> summary.customerAccountId() == victim.account(0).id()).findFirst().orElseThrow();

        LocalDate today = Oslo.today(clock);
        LocalDate day = today.getDayOfMonth() > 3 ? today.minusDays(2) : today;
        long cdrFileId = ingest.ingest(cdrFile("victim-now", at(day),
                "1," + person + ",DATA,%s,,,NO,,300000000,,,,",
                "2," + person + ",DATA,%s,,," + COUNTRY + ",,20000000,,,,",
                "3," + person + ",VOICE,%s,MO,+4791234567," + COUNTRY + ",300,,,,,",
                "4," + person + ",CONTENT,%s,,2020,NO,,,3197.77,25,EasyPark,Parkering",
                "5," + colleague + ",DATA,%s,,,NO,,120000000,,,,",
                "6," + colleague + ",VOICE,%s,MO,+4722334455,NO,600,,,,,",
                "7," + othersLine + ",DATA,%s,,,SE,,5000000,,,,"), "victim-now.csv", CdrSource.UPLOAD).id();

        Map<Attacker, String> apiTokens = new EnumMap<>(Attacker.class);
        apiTokens.put(Attacker.OTHER_COMPANY, apiTokenMother.tokenFor(other.id(), ApiScope.values()));
        apiTokens.put(Attacker.OTHER_CUSTOMER_NUMBER, apiTokenMother.tokenFor(victim.id(), Set.of(victim.account(1).id()),
                ApiScope.values()));
        apiTokens.put(Attacker.WITHOUT_MODULE, apiTokenMother.tokenFor(victim.id(), ApiScope.DASHBOARD_READ));
        apiTokens.put(Attacker.WRONG_OPERATOR_TOKEN, "bp_" + "Kapret".repeat(7) + "K");

        Subscription personsLine = subscriptions.latest(person.value());
        long profileId = profiles.create(AccessScope.wholeCompany(victim.id()), new ProfileDraft(PROFILE, "BENEFIT", false, null,
                null, true, false, Set.of("ABROAD"), "", "0"), "Victim").profileId();
        jdbc.sql("""
                insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, profile_id, assigned_by)
                values (:companyId, :subscriptionId, :at, 'PROFILE', :profileId, 'Victim')""")
                .param("companyId", victim.id()).param("subscriptionId", personsLine.id())
                .param("at", java.sql.Timestamp.from(clock.instant().plusSeconds(1))).param("profileId", profileId).update();
        long savedReportId = savedReportWithSchedule(victim, superUser);
        long deviceId = equipment.register(AccessScope.wholeCompany(victim.id()), new no.bedriftsportal.equipment.DeviceInput(
                "PHONE", "Apple", "iPhone 16", "490154203237518", "", person.national(), "id:" + personsLine.employeeId(),
                victim.account(0).number(), "", "", "", "", "", ""), no.bedriftsportal.equipment.Recorder.system("Victim")).id();
        Victim seeded = new Victim(victim, superUser, person, personUserId, personsLine.id(), personsLine.employeeId(), COUNTRY, day,
                lastMonth, invoice, cdrFileId, markers(victim, person, colleague, invoice),
                apiTokenMother.created(victim.id(), null, null, ApiScope.DASHBOARD_READ).token().id(), profileId, savedReportId, deviceId);
        return new Seeded(seeded, attackers, apiTokens, apiTokenMother.tokenFor(victim.id(), ApiScope.values()));
    }

    /** The super user's saved report with a weekly schedule (#16.6), written as the reporting module stores it. */
    private long savedReportWithSchedule(TestCompany victim, Msisdn superUser) {
        long ownerId = victim.portalUser(superUser).id();
        long savedReportId = jdbc.sql("""
                insert into saved_report (company_id, owner_id, name, kind, query, format, created_at, updated_at)
                values (:companyId, :ownerId, :name, 'subscriptions', 'level=user', 'CSV', :now, :now) returning saved_report_id""")
                .param("companyId", victim.id()).param("ownerId", ownerId).param("name", SAVED_REPORT)
                .param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
        jdbc.sql("""
                insert into report_schedule (company_id, saved_report_id, cadence, weekday, time_of_day, format, recipients, enabled,
                                             active_from, created_at, updated_at)
                values (:companyId, :savedReportId, 'WEEKLY', 1, time '07:00', 'CSV', array['rapport@lekkasje.test'], true,
                        :now, :now, :now)""")
                .param("companyId", victim.id()).param("savedReportId", savedReportId)
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
        return savedReportId;
    }

    private static List<Marker> markers(TestCompany victim, Msisdn person, Msisdn colleague, InvoiceSummary invoice) {
        List<Marker> markers = new ArrayList<>(List.of(
                Marker.text("the company's name", Reach.COMPANY, victim.company().name()),
                Marker.text("the company's organisation number", Reach.COMPANY, victim.company().orgNumber().value()),
                Marker.text("an employee's name", Reach.CUSTOMER_NUMBER, PERSON),
                Marker.text("another employee's name", Reach.CUSTOMER_NUMBER, COLLEAGUE),
                Marker.msisdn("an employee's number", person),
                Marker.msisdn("another employee's number", colleague),
                Marker.text("the customer number", Reach.CUSTOMER_NUMBER, victim.account(0).number()),
                Marker.text("a cost-sharing profile's name", Reach.COMPANY, PROFILE),
                Marker.text("a saved report's name", Reach.COMPANY, SAVED_REPORT),
                Marker.amount("a parking amount", Reach.CUSTOMER_NUMBER, new BigDecimal("3197.77")),
                Marker.text("the invoice number", Reach.INVOICES, String.valueOf(invoice.number())),
                Marker.text("the invoice's KID", Reach.INVOICES, invoice.kid()),
                Marker.amount("the invoice's total", Reach.INVOICES, invoice.total())));
        return List.copyOf(markers);
    }

    private static String at(LocalDate day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.of(day.atTime(10, 0), Oslo.ZONE));
    }

    private static Path cdrFile(String prefix, String at, String... records) {
        try {
            Path file = Files.createTempFile(prefix, ".csv");
            StringBuilder text = new StringBuilder(CDR_HEADER);
            for (String record : records) {
                text.append(prefix).append('-').append(System.nanoTime()).append('-').append(record.formatted(at)).append('\n');
            }
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

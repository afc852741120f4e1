package no.bedriftsportal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.bedriftsportal.costsharing.Assignments;
import no.bedriftsportal.costsharing.Classification;
import no.bedriftsportal.costsharing.ContentPurchase;
import no.bedriftsportal.costsharing.CostSharingSettingsService;
import no.bedriftsportal.costsharing.EmployeeControl;
import no.bedriftsportal.costsharing.MonthlyResults;
import no.bedriftsportal.costsharing.ProfileDraft;
import no.bedriftsportal.costsharing.ProfileSummary;
import no.bedriftsportal.costsharing.ProfileVersion;
import no.bedriftsportal.costsharing.Profiles;
import no.bedriftsportal.costsharing.SettingsDraft;
import no.bedriftsportal.costsharing.SubscriptionChoice.Choice;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * The demo company's invoice control (issue #14): a year of history, written through the
 * cost-sharing module's seeding methods (each with its own moment in the past) before the usage
 * is ingested, so that every invoice run computes its month with the rules then in force.
 * <ul>
 * <li>the settings (Mon–Fri 08–16, closed 24.12 and 31.12, deadline the 10th, pay types 5210 and
 * 1130) and the two ready-made profiles from {@link #since}, and the company's own profile
 * "Selgere", changed five months ago;</li>
 * <li>most subscriptions with a profile (Salg og marked: Selgere), the lines with their own
 * Datakontroll or automatic extra package and the routers "Ingen profil", a few new ones still
 * "NY! (ikke valgt)";</li>
 * <li>salary-deduction agreements for most employees with a profile;</li>
 * <li>the employee-only login ({@link DemoPlanner#EMPLOYEE_ONLY}) always with "Privat bruk betales selv", which lets
 * employees buy extra packages by salary and with Vipps, and an agreement: "Min side" shows all of it;</li>
 * <li>after the ingest: most content purchases of past months classified by the employee, some by
 * the administrator, some not at all; then the months final whose deadline has passed
 * ({@link MonthlyResults}), the latest one preliminary until then.</li>
 * </ul>
 */
@Component
class DemoCostSharing {

    private static final Logger log = LoggerFactory.getLogger(DemoCostSharing.class);
    static final String ADMIN = "Ingrid Solberg";
    static final String SELLERS = "Selgere";
    /** Subscriptions with a holder left "NY! (ikke valgt)". */
    static final int STILL_NEW = 4;
    /** How many months back the rules were first saved: in force for the past twelve months and the one before. */
    static final int MONTHS_OF_RULES = 13;
    /** How many months back "Selgere" was changed. */
    static final int SELLERS_CHANGED_MONTHS_AGO = 5;
    private static final int SALES_DEPARTMENT = 1;

    private final Profiles profiles;
    private final CostSharingSettingsService settings;
    private final Assignments assignments;
    private final EmployeeControl employeeControl;
    private final MonthlyResults results;
    private final Companies companies;
    private final Subscriptions subscriptions;
    private final Clock clock;

    DemoCostSharing(Profiles profiles, CostSharingSettingsService settings, Assignments assignments,
            EmployeeControl employeeControl, MonthlyResults results, Companies companies, Subscriptions subscriptions,
            Clock clock) {
        this.profiles = profiles;
        this.settings = settings;
        this.assignments = assignments;
        this.employeeControl = employeeControl;
        this.results = results;
        this.companies = companies;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** When the administrator first set up invoice control: the 1st of the month {@link #MONTHS_OF_RULES} back, 09:00. */
    static Instant since(LocalDate today) {
        return Oslo.startOf(YearMonth.from(today).minusMonths(MONTHS_OF_RULES).atDay(1)).plus(Duration.ofHours(9));
    }

    /**
     * The rules, choices and agreements of the past year, before any usage is ingested.
     *
     * @param lines the plan's subscriptions as activated, in the plan's order
     */
    void seedRules(long companyId, DemoPlan plan, List<Employee> employees, List<Subscription> lines, long seed) {
        LocalDate today = Oslo.today(clock);
        Instant now = clock.instant();
        Instant since = since(today);
        AccessScope scope = AccessScope.wholeCompany(companyId);
        Random random = new Random(seed ^ 0x14L);
        for (Employee employee : employees) { // every payroll format wants an employee number of digits
            if (employee.employeeNumber() == null || !employee.employeeNumber().matches("\\d+")) {
                companies.changeEmployee(companyId, employee.id(), String.valueOf(9000 + employees.indexOf(employee)),
                        employee.payType());
            }
        }
        profiles.backdateReadyMade(companyId, since.minus(Duration.ofMinutes(5)));
        settings.saveAt(scope, settingsDraft(), ADMIN, since);
        long sellers = profiles.createAt(scope, sellers(new BigDecimal("200")), ADMIN, since.plus(Duration.ofMinutes(5)))
                .profileId();
        long standard = readyMade(scope, "STANDARD");
        long privateUse = readyMade(scope, "PRIVATE_USE");

        Set<Integer> stillNew = stillNew(plan, lines, today, random);
        Set<Long> employeesWithProfile = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            DemoPlan.Line line = plan.subscriptions().get(i);
            Subscription subscription = lines.get(i);
            if (stillNew.contains(i)) {
                continue;
            }
            Instant start = Oslo.startOf(subscription.activeFrom()).plus(Duration.ofHours(9));
            Instant at = start.isAfter(since) ? (start.isAfter(now) ? now : start) : since.plus(Duration.ofMinutes(10));
            if (line.employee() == null || line.dataControl() || line.autoExtraPackage() != null) {
                // routers, and lines keeping their own Datakontroll or automatic extra package
                assignments.recordAt(companyId, List.of(subscription.id()), Choice.NO_PROFILE, null, ADMIN, at);
                continue;
            }
            long profile = line.department() == SALES_DEPARTMENT && line.employee() > 2 ? sellers
                    : random.nextInt(100) < 75 ? standard : privateUse;
            if (line.msisdn().equals(DemoPlanner.EMPLOYEE_ONLY)) {
                profile = privateUse; // after the draw, so that the other lines' profiles stay as they were
            }
            assignments.recordAt(companyId, List.of(subscription.id()), Choice.PROFILE, profile, ADMIN, at);
            employeesWithProfile.add(subscription.employeeId());
        }
        Instant changed = Oslo.startOf(YearMonth.from(today).minusMonths(SELLERS_CHANGED_MONTHS_AGO).atDay(3))
                .plus(Duration.ofHours(10));
        profiles.changeAt(scope, sellers, sellers(new BigDecimal("300")), ADMIN, changed);

        int without = 0;
        long employeeOnly = lines.stream().filter(line -> line.msisdn().equals(DemoPlanner.EMPLOYEE_ONLY)).findFirst()
                .map(Subscription::employeeId).orElse(-1L);
        for (Employee employee : employees) {
            if (!employeesWithProfile.contains(employee.id())) {
                continue;
            }
            if (random.nextInt(100) < 8 && employee.id() != employeeOnly) {
                without++;
                continue; // "not deducted (no agreement)"
            }
            employeeControl.recordAgreementAt(companyId, employee.id(), since.atZone(Oslo.ZONE).toLocalDate(), ADMIN, since);
        }
        log.info("Demo invoice control: 3 profiles, {} employees with a profile ({} of them without an agreement), {} subscriptions still new",
                employeesWithProfile.size(), without, stillNew.size());
    }

    /**
     * After the ingest: classifications of the past months' content purchases, then each month
     * since the rules were set final (its deadline passed) or preliminary, from the usage as it is now.
     *
     * @param firstMonth the first month with usage
     */
    void classifyAndClose(long companyId, YearMonth firstMonth, long seed) {
        long started = System.nanoTime();
        LocalDate today = Oslo.today(clock);
        Instant now = clock.instant();
        YearMonth current = YearMonth.from(today);
        Instant since = since(today);
        Map<Long, String> names = new HashMap<>();
        companies.employees(companyId).forEach(employee -> names.put(employee.id(), employee.name()));
        Map<Long, String> holders = new HashMap<>();
        subscriptions.list(AccessScope.wholeCompany(companyId)).stream().filter(line -> line.employeeId() != null)
                .forEach(line -> holders.put(line.id(), names.get(line.employeeId())));
        Random random = new Random(seed ^ 0x1406L);
        int byEmployee = 0;
        int byAdmin = 0;
        int left = 0;
        for (ContentPurchase purchase : employeeControl.contentPurchasesOfCompany(companyId, since,
                Oslo.startOf(current.atDay(1)))) {
            String holder = holders.get(purchase.subscriptionId());
            if (holder == null) {
                continue;
            }
            int roll = random.nextInt(100);
            Classification classification = random.nextInt(100) < 45 ? Classification.WORK : Classification.PRIVATE;
            if (roll < 70) {
                Instant at = min(purchase.startTime().plus(Duration.ofHours(2 + random.nextInt(70))), now);
                employeeControl.classifyAt(companyId, purchase, classification, true, holder, at);
                byEmployee++;
            } else if (roll < 85) {
                YearMonth month = Oslo.monthOf(purchase.startTime());
                Instant at = min(Oslo.startOf(month.plusMonths(1).atDay(8)).plus(Duration.ofHours(14)), now);
                employeeControl.classifyAt(companyId, purchase, classification, false, ADMIN, at);
                byAdmin++;
            } else {
                left++; // counts as the settings say once the deadline has passed
            }
        }
        int finals = 0;
        for (YearMonth month = max(firstMonth, YearMonth.from(since.atZone(Oslo.ZONE))); month.isBefore(current);
                month = month.plusMonths(1)) {
            if (!today.isBefore(results.finalOn(companyId, month))) {
                results.makeFinal(companyId, month);
                finals++;
            } else {
                results.computePreliminary(companyId, month);
            }
        }
        log.info("Demo invoice control: content purchases {} classified by the employee, {} by the administrator, {} not; "
                + "{} months final, in {} ms", byEmployee, byAdmin, left, finals, (System.nanoTime() - started) / 1_000_000);
    }

    /** {@link #STILL_NEW} lines with a holder, active today, not a portal user's: picked from the seed. */
    private static Set<Integer> stillNew(DemoPlan plan, List<Subscription> lines, LocalDate today, Random random) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DemoPlan.Line line = plan.subscriptions().get(i);
            if (line.employee() != null && line.employee() > 2 && !line.dataControl() && line.autoExtraPackage() == null
                    && lines.get(i).activeOn(today)) {
                candidates.add(i);
            }
        }
        Set<Integer> picked = new HashSet<>();
        while (picked.size() < Math.min(STILL_NEW, candidates.size())) {
            picked.add(candidates.get(random.nextInt(candidates.size())));
        }
        // the employee-only login keeps its profile; dropped after the draws, so that every other choice stays as it was
        picked.removeIf(i -> plan.subscriptions().get(i).msisdn().equals(DemoPlanner.EMPLOYEE_ONLY));
        return picked;
    }

    private long readyMade(AccessScope scope, String kind) {
        return profiles.list(scope).stream().map(ProfileSummary::current).filter(version -> kind.equals(version.readyMade()))
                .mapToLong(ProfileVersion::profileId).findFirst().orElseThrow();
    }

    /** Content above the yearly threshold deducted, traffic abroad, at most 1 500 a month, EXTRA_5 by salary. */
    static ProfileDraft sellers(BigDecimal freeAmount) {
        return new ProfileDraft(SELLERS, "DEDUCT_ABOVE_THRESHOLD", false, "EXTRA_5", "SALARY", true, false, Set.of("ABROAD"),
                "1500", freeAmount.toPlainString());
    }

    static SettingsDraft settingsDraft() {
        Map<DayOfWeek, SettingsDraft.Hours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(day, new SettingsDraft.Hours("08:00", "16:00"));
        }
        return new SettingsDraft(hours, List.of("24.12", "31.12"), "10", "PRIVATE", "5210", "1130");
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}

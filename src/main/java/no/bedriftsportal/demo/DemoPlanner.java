package no.bedriftsportal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import no.bedriftsportal.shared.Iccid;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.OrgNumber;

/**
 * Draws the demo company from a seed: departments of realistic sizes, employees with Norwegian
 * names, mostly {@code FRI_*} subscriptions with some {@code BASIS} and {@code MBB_50}, a few new
 * and a few terminated lines, some upgrades, Datakontroll and automatic extra packages.
 */
final class DemoPlanner {

    static final String COMPANY_NAME = "Fjordlys Teknikk AS";
    static final Msisdn FIRST_SUPER_USER = Msisdn.of("91234567");
    static final Msisdn SECOND_SUPER_USER = Msisdn.of("92345678");
    static final Msisdn LIMITED_USER = Msisdn.of("93456789");
    /**
     * An employee without portal access, for trying "Min side": the holder of a steady line with the
     * profile "Privat bruk betales selv" (extra packages by salary and by Vipps), an agreement, and a
     * parking by SMS every working day ({@link DemoCostSharing}, {@link DemoLine#parksOnWorkingDays}).
     * Given after the draws to the first employee outside the portal users and Salg og marked (whose
     * profile is "Selgere"), so that the rest of the plan stays as the seed drew it.
     */
    static final Msisdn EMPLOYEE_ONLY = Msisdn.of("94567890");
    private static final int SALES = 1;
    static final String EMPLOYEE_ONLY_NAME = "Sofie Lunde";
    static final String DOMAIN = "fjordlys.no";
    static final List<String> DEPARTMENTS = List.of(
            "Administrasjon", "Salg og marked", "Kundeservice", "Drift og vedlikehold", "Utvikling");
    private static final int[] DEPARTMENT_WEIGHTS = {15, 30, 25, 20, 10};
    private static final int ROUTERS = 4;

    /** Norway's country code in an ICCID (ITU-T E.118: 89, then the country's calling code) and the demo's issuer number. */
    private static final String SIM_CARD_PREFIX = "894708";

    private DemoPlanner() {
    }

    /**
     * The SIM card of the plan's {@code line}-th subscription: 20 digits, {@code 8947 08}, a serial
     * from the line's place in the plan and the Luhn check digit, so a restart gives every line
     * the card it had.
     */
    static Iccid simCard(int line) {
        return Iccid.withCheckDigit(SIM_CARD_PREFIX + String.format("%013d", 1_000_000 + line));
    }

    static DemoPlan plan(long seed, int employeeCount, LocalDate today) {
        Random random = new Random(seed);
        String orgNumber = orgNumber(random);
        Set<String> usedNumbers = new HashSet<>(Set.of(FIRST_SUPER_USER.value(), SECOND_SUPER_USER.value(), LIMITED_USER.value(),
                EMPLOYEE_ONLY.value()));
        Set<String> usedEmails = new HashSet<>();
        List<DemoPlan.Person> employees = new ArrayList<>();
        List<DemoPlan.Line> lines = new ArrayList<>();
        for (int i = 0; i < employeeCount; i++) {
            boolean portalUser = i < 3; // two super users in Administrasjon, one user in Salg og marked
            int department = i < 2 ? 0 : i == 2 ? 1 : weighted(random);
            String name = i == 0 ? "Ingrid Solberg" : i == 1 ? "Henrik Haugen" : i == 2 ? "Marius Berg" : NorwegianNames.fullName(random);
            employees.add(new DemoPlan.Person(department, name, uniqueEmail(name, usedEmails), String.valueOf(1001 + i),
                    random.nextInt(10) < 8 ? "5210" : "5215"));
            Msisdn msisdn = i == 0 ? FIRST_SUPER_USER : i == 1 ? SECOND_SUPER_USER : i == 2 ? LIMITED_USER
                    : newNumber(random, usedNumbers);
            lines.add(mobileLine(i, department, msisdn, portalUser, random, today));
            if (!portalUser && random.nextInt(100) < 7) { // a tablet with mobile broadband
                lines.add(broadbandLine(i, department, newNumber(random, usedNumbers), random, today));
            }
        }
        for (int i = 0; i < ROUTERS; i++) { // routers in the meeting rooms: broadband without a holder
            lines.add(broadbandLine(null, 3, newNumber(random, usedNumbers), random, today));
        }
        employeeOnly(employees, lines, usedEmails, today);
        List<DemoPlan.Access> access = List.of(new DemoPlan.Access(FIRST_SUPER_USER, null),
                new DemoPlan.Access(SECOND_SUPER_USER, null), new DemoPlan.Access(LIMITED_USER, 1));
        return new DemoPlan(COMPANY_NAME, orgNumber, DEPARTMENTS, employees, lines, access);
    }

    private static DemoPlan.Line mobileLine(int employee, int department, Msisdn msisdn, boolean keepActive, Random random,
            LocalDate today) {
        int roll = random.nextInt(100);
        String plan = roll < 20 ? "FRI_1" : roll < 58 ? "FRI_5" : roll < 88 ? "FRI_20" : "BASIS";
        boolean isNew = !keepActive && random.nextInt(100) < 6;
        LocalDate activeFrom = isNew ? today.minusDays(random.nextInt(45)) : today.minusDays(400 + random.nextInt(1800));
        boolean dataControl = !"BASIS".equals(plan) && random.nextInt(100) < 10;
        String autoExtra = !dataControl && random.nextInt(100) < 5 ? (random.nextBoolean() ? "EXTRA_1" : "EXTRA_5") : null;
        String upgrade = null;
        LocalDate upgradedOn = null;
        if (!isNew && random.nextInt(100) < 12 && ("FRI_1".equals(plan) || "FRI_5".equals(plan))) {
            upgrade = "FRI_1".equals(plan) ? "FRI_5" : "FRI_20";
            upgradedOn = today.minusDays(60 + random.nextInt(300));
        }
        LocalDate terminateOn = !keepActive && !isNew && random.nextInt(100) < 5 ? today.minusDays(5 + random.nextInt(300)) : null;
        return new DemoPlan.Line(employee, department, msisdn, plan, activeFrom, dataControl, autoExtra, upgrade, upgradedOn,
                terminateOn);
    }

    /** Makes the first employee after the portal users outside Salg og marked the employee-only login, with a steady line. */
    private static void employeeOnly(List<DemoPlan.Person> employees, List<DemoPlan.Line> lines, Set<String> usedEmails,
            LocalDate today) {
        for (int i = 0; i < lines.size(); i++) {
            DemoPlan.Line line = lines.get(i);
            Integer holder = line.employee();
            if (holder != null && holder > 2 && line.department() != SALES && !"MBB_50".equals(line.plan())) {
                DemoPlan.Person person = employees.get(holder);
                employees.set(holder, new DemoPlan.Person(person.department(), EMPLOYEE_ONLY_NAME,
                        uniqueEmail(EMPLOYEE_ONLY_NAME, usedEmails), person.employeeNumber(), person.payType()));
                lines.set(i, steady(new DemoPlan.Line(holder, line.department(), EMPLOYEE_ONLY, line.plan(), line.activeFrom(),
                        line.dataControl(), line.autoExtraPackage(), line.upgrade(), line.upgradedOn(), line.terminateOn()), today));
                return;
            }
        }
    }

    /** The line as drawn, but held for over a year, still active, and without Datakontroll or an automatic extra package. */
    private static DemoPlan.Line steady(DemoPlan.Line line, LocalDate today) {
        LocalDate activeFrom = line.activeFrom().isAfter(today.minusDays(400)) ? today.minusDays(400) : line.activeFrom();
        return new DemoPlan.Line(line.employee(), line.department(), line.msisdn(), line.plan(), activeFrom, false, null,
                line.upgrade(), line.upgradedOn(), null);
    }

    private static DemoPlan.Line broadbandLine(Integer employee, int department, Msisdn msisdn, Random random, LocalDate today) {
        return new DemoPlan.Line(employee, department, msisdn, "MBB_50", today.minusDays(90 + random.nextInt(1000)), false, null,
                null, null, null);
    }

    private static int weighted(Random random) {
        int total = 0;
        for (int weight : DEPARTMENT_WEIGHTS) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < DEPARTMENT_WEIGHTS.length; i++) {
            roll -= DEPARTMENT_WEIGHTS[i];
            if (roll < 0) {
                return i;
            }
        }
        return DEPARTMENT_WEIGHTS.length - 1;
    }

    private static Msisdn newNumber(Random random, Set<String> used) {
        while (true) {
            Msisdn msisdn = Msisdn.of((random.nextInt(10) < 7 ? "9" : "4") + String.format("%07d", random.nextInt(10_000_000)));
            if (used.add(msisdn.value())) {
                return msisdn;
            }
        }
    }

    private static String uniqueEmail(String name, Set<String> used) {
        String email = NorwegianNames.email(name, DOMAIN);
        for (int n = 2; !used.add(email); n++) {
            email = NorwegianNames.email(name, DOMAIN).replace("@", n + "@");
        }
        return email;
    }

    /** A valid organisation number in the 9xx range, drawn from the seed. */
    private static String orgNumber(Random random) {
        while (true) {
            String eight = "9" + String.format("%07d", random.nextInt(10_000_000));
            Integer check = OrgNumber.checkDigit(eight);
            if (check != null) {
                return eight + check;
            }
        }
    }
}

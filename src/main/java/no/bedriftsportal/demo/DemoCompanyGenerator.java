package no.bedriftsportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.customer.RegisterCompany;
import no.bedriftsportal.customer.RegisterEmployee;
import no.bedriftsportal.identity.Actor;
import no.bedriftsportal.identity.GrantAccess;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.identity.Role;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.OrgNumber;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Creates the demo company on the first start of an empty database, in one transaction, and on
 * every start prints how to log in. The same seed gives the same company.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoCompanyGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoCompanyGenerator.class);

    static final String COMPANY_NAME = "Fjordlys Teknikk AS";
    static final Msisdn FIRST_SUPER_USER = Msisdn.of("91234567");
    static final Msisdn SECOND_SUPER_USER = Msisdn.of("92345678");
    static final Msisdn LIMITED_USER = Msisdn.of("93456789");
    private static final String DOMAIN = "fjordlys.no";
    private static final List<String> DEPARTMENTS = List.of(
            "Administrasjon", "Salg og marked", "Kundeservice", "Drift og vedlikehold", "Utvikling");
    private static final int[] DEPARTMENT_WEIGHTS = {15, 30, 25, 20, 10};

    private final Companies companies;
    private final Subscriptions subscriptions;
    private final PortalUsers portalUsers;
    private final DemoProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String baseUrl;

    DemoCompanyGenerator(Companies companies, Subscriptions subscriptions, PortalUsers portalUsers,
            DemoProperties properties, TransactionTemplate transaction, Clock clock,
            @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.companies = companies;
        this.subscriptions = subscriptions;
        this.portalUsers = portalUsers;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createOnEmptyDatabase() {
        if (!properties.enabled()) {
            return;
        }
        if (!companies.anyCompany()) {
            long started = System.nanoTime();
            DemoCompany demo = transaction.execute(status -> generate());
            log.info("Demo company {} created in {} ms: {} employees, {} subscriptions, {} customer numbers",
                    demo.company().name(), (System.nanoTime() - started) / 1_000_000, demo.employees(),
                    demo.subscriptions(), demo.customerAccounts());
        }
        log.info("""

                ─────────────────────────────────────────────────────────────────────────
                 Bedriftsportal (demo) is running at {}
                 Log in as super user with mobile number {} (or {}),
                 or as a user limited to one customer number with {}.
                 The one-time code arrives by "SMS" at {}/dev/sms (JSON: /dev/sms-outbox).
                 Operator API: {}/swagger-ui.html, token 'demo-operator-token'.
                ─────────────────────────────────────────────────────────────────────────""",
                baseUrl, FIRST_SUPER_USER.display(), SECOND_SUPER_USER.display(), LIMITED_USER.display(), baseUrl, baseUrl);
    }

    /** The whole demo company, through the module APIs; deterministic from the seed. */
    DemoCompany generate() {
        Random random = new Random(properties.seed());
        LocalDate today = Oslo.today(clock);
        Company company = companies.register(new RegisterCompany(orgNumber(random), COMPANY_NAME, "Strandgata 12", "0150",
                "Oslo", "faktura@" + DOMAIN));
        List<CustomerAccount> accounts = new ArrayList<>();
        for (String department : DEPARTMENTS) {
            accounts.add(companies.openCustomerAccount(company.id(), null, department));
        }
        Set<String> usedNumbers = new HashSet<>(Set.of(FIRST_SUPER_USER.value(), SECOND_SUPER_USER.value(), LIMITED_USER.value()));
        Set<String> usedEmails = new HashSet<>();
        int subscriptionCount = 0;
        for (int i = 0; i < properties.employees(); i++) {
            CustomerAccount account = i < 2 ? accounts.get(0) : i == 2 ? accounts.get(1) : accounts.get(weighted(random));
            String name = i == 0 ? "Ingrid Solberg" : i == 1 ? "Henrik Haugen" : i == 2 ? "Marius Berg" : NorwegianNames.fullName(random);
            Employee employee = companies.registerEmployee(company.id(), new RegisterEmployee(name,
                    uniqueEmail(name, usedEmails), String.valueOf(1001 + i), random.nextInt(10) < 8 ? "5210" : "5215"));
            Msisdn msisdn = i == 0 ? FIRST_SUPER_USER : i == 1 ? SECOND_SUPER_USER : i == 2 ? LIMITED_USER
                    : newNumber(random, usedNumbers);
            boolean fixed = i < 3;
            subscriptionCount += activate(company, account, employee.id(), msisdn, fixed, random, today);
            if (!fixed && random.nextInt(100) < 7) {
                subscriptionCount += activateBroadband(company, account, employee.id(), newNumber(random, usedNumbers), random, today);
            }
        }
        for (int i = 0; i < 4; i++) { // routers in the meeting rooms: broadband without a holder
            subscriptionCount += activateBroadband(company, accounts.get(3), null, newNumber(random, usedNumbers), random, today);
        }
        Actor operator = Actor.operator("127.0.0.1");
        portalUsers.grant(company.id(), GrantAccess.superUser(FIRST_SUPER_USER.value()), operator);
        portalUsers.grant(company.id(), GrantAccess.superUser(SECOND_SUPER_USER.value()), operator);
        portalUsers.grant(company.id(), new GrantAccess(LIMITED_USER.value(), Role.USER, Set.of(accounts.get(1).id()),
                Set.of(PortalModule.DASHBOARD)), operator);
        return new DemoCompany(company, properties.employees(), subscriptionCount, accounts.size());
    }

    private int activate(Company company, CustomerAccount account, long employeeId, Msisdn msisdn, boolean keepActive,
            Random random, LocalDate today) {
        int roll = random.nextInt(100);
        String plan = roll < 20 ? "FRI_1" : roll < 58 ? "FRI_5" : roll < 88 ? "FRI_20" : "BASIS";
        boolean isNew = !keepActive && random.nextInt(100) < 6;
        LocalDate activeFrom = isNew ? today.minusDays(random.nextInt(45)) : today.minusDays(400 + random.nextInt(1800));
        boolean dataControl = !"BASIS".equals(plan) && random.nextInt(100) < 10;
        String autoExtra = !dataControl && random.nextInt(100) < 5 ? (random.nextBoolean() ? "EXTRA_1" : "EXTRA_5") : null;
        Subscription subscription = subscriptions.activate(new ActivateSubscription(company.id(), msisdn.value(), plan,
                account.id(), employeeId, activeFrom, dataControl, autoExtra));
        if (!isNew && random.nextInt(100) < 12 && plan.startsWith("FRI_") && !"FRI_20".equals(plan)) {
            String upgrade = "FRI_1".equals(plan) ? "FRI_5" : "FRI_20";
            subscriptions.changePlan(msisdn.value(), upgrade, today.minusDays(60 + random.nextInt(300)));
        }
        if (!keepActive && !isNew && random.nextInt(100) < 5) {
            subscriptions.terminate(msisdn.value(), today.minusDays(5 + random.nextInt(300)));
        }
        return subscription == null ? 0 : 1;
    }

    private int activateBroadband(Company company, CustomerAccount account, Long employeeId, Msisdn msisdn, Random random,
            LocalDate today) {
        subscriptions.activate(new ActivateSubscription(company.id(), msisdn.value(), "MBB_50", account.id(), employeeId,
                today.minusDays(90 + random.nextInt(1000)), false, null));
        return 1;
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
            String national = (random.nextInt(10) < 7 ? "9" : "4") + String.format("%07d", random.nextInt(10_000_000));
            Msisdn msisdn = Msisdn.of(national);
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

    record DemoCompany(Company company, int employees, int subscriptions, int customerAccounts) {
    }
}

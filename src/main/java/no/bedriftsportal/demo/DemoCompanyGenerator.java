package no.bedriftsportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Writes the demo company ({@link DemoPlanner}) on the first start of an empty database, in one
 * transaction and only through the module APIs, and on every start prints how to log in.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
class DemoCompanyGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoCompanyGenerator.class);
    /** 30 days, so the latest month's invoices are not yet due at the end of the next month. */
    private static final int DEMO_PAYMENT_TERMS_DAYS = 30;

    private final Companies companies;
    private final Subscriptions subscriptions;
    private final PortalUsers portalUsers;
    private final DemoUsage usage;
    private final DemoBilling billing;
    private final DemoCostSharing costSharing;
    private final DemoOnboarding onboarding;
    /** The equipment register (#17.6). */
    private final DemoEquipment equipment;
    /** Budgets with one forecast over (#18.3). */
    private final DemoBudgets budgets;
    /** The alerts (#18.2). */
    private final DemoAlerts alerts;
    private final DemoProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String baseUrl;

    DemoCompanyGenerator(Companies companies, Subscriptions subscriptions, PortalUsers portalUsers, DemoUsage usage,
            DemoBilling billing, DemoCostSharing costSharing, DemoOnboarding onboarding, DemoEquipment equipment, DemoBudgets budgets,
            DemoAlerts alerts, DemoProperties properties, TransactionTemplate transaction, Clock clock,
            @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.onboarding = onboarding;
        this.equipment = equipment;
        this.budgets = budgets;
        this.alerts = alerts;
        this.usage = usage;
        this.billing = billing;
        this.costSharing = costSharing;
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
        LocalDate today = Oslo.today(clock);
        YearMonth firstMonth = YearMonth.from(today).minusMonths(properties.usageMonths());
        boolean created = false;
        if (!companies.anyCompany()) {
            long started = System.nanoTime();
            DemoPlan plan = DemoPlanner.plan(properties.seed(), properties.employees(), today);
            transaction.executeWithoutResult(status -> write(plan));
            usage.write(plan, properties.seed(), today, properties.usageMonths(), properties.usageDir());
            log.info("Demo company {} created in {} ms: {} employees, {} subscriptions, {} customer numbers", plan.companyName(),
                    (System.nanoTime() - started) / 1_000_000, plan.employees().size(), plan.subscriptions().size(),
                    plan.departments().size());
            created = true;
        }
        usage.ingestWaiting(properties.usageDir(), billing, firstMonth);
        if (created) {
            long companyId = companies.list().get(0).id();
            billing.payInvoices(companyId, properties.seed(), properties.usageDir().resolve("ocr"));
            costSharing.classifyAndClose(companyId, firstMonth, properties.seed());
            budgets.seed(companyId);
            alerts.settle(companyId); // #18.2: the demo's alert rules, and its alerts in the states an administrator left them
            String orderStatus = onboarding.create();
            log.info("Demo order of the portal by {} waits in the staff queue; its status page: {}", DemoOnboarding.COMPANY_NAME,
                    orderStatus);
        }
        log.info("""

                ─────────────────────────────────────────────────────────────────────────
                 Bedriftsportal (demo) is running at {}
                 Log in as super user with mobile number {} (or {}),
                 or as a user limited to one customer number with {}.
                 As an employee without portal access ("Min side": usage, content purchases
                 to mark, extra data by salary or Vipps) log in with {} ({});
                 the super user {} switches there with "Min side som ansatt".
                 Operator staff (the order queue, /staff/orders) log in with {} ({}):
                 approve the pending order of {}, whose administrators {} and {} then log in.
                 The one-time code arrives by "SMS" at {}/dev/sms (JSON: /dev/sms-outbox).
                 Operator API: {}/swagger-ui.html, token 'demo-operator-token'.
                ─────────────────────────────────────────────────────────────────────────""",
                baseUrl, DemoPlanner.FIRST_SUPER_USER.display(), DemoPlanner.SECOND_SUPER_USER.display(),
                DemoPlanner.LIMITED_USER.display(), DemoPlanner.EMPLOYEE_ONLY.display(), DemoPlanner.EMPLOYEE_ONLY_NAME,
                DemoPlanner.FIRST_SUPER_USER.display(), DemoOnboarding.STAFF.display(), DemoOnboarding.STAFF_NAME,
                DemoOnboarding.COMPANY_NAME, DemoOnboarding.FIRST_ADMIN.display(), DemoOnboarding.SECOND_ADMIN.display(), baseUrl, baseUrl);
    }

    /** The plan through the module APIs, the way the operator's CRM would send it. */
    Company write(DemoPlan plan) {
        Company company = companies.register(new RegisterCompany(plan.orgNumber(), plan.companyName(), "Strandgata 12", "0150",
                "Oslo", "faktura@" + DemoPlanner.DOMAIN, DEMO_PAYMENT_TERMS_DAYS));
        List<CustomerAccount> accounts = new ArrayList<>();
        for (String department : plan.departments()) {
            accounts.add(companies.openCustomerAccount(company.id(), null, department));
        }
        List<Employee> employees = new ArrayList<>();
        for (DemoPlan.Person person : plan.employees()) {
            employees.add(companies.registerEmployee(company.id(),
                    new RegisterEmployee(person.name(), person.email(), person.employeeNumber(), person.payType())));
        }
        List<Subscription> lines = new ArrayList<>();
        for (int i = 0; i < plan.subscriptions().size(); i++) {
            DemoPlan.Line line = plan.subscriptions().get(i);
            lines.add(subscriptions.activate(new ActivateSubscription(company.id(), line.msisdn().value(), line.plan(),
                    accounts.get(line.department()).id(), line.employee() == null ? null : employees.get(line.employee()).id(),
                    line.activeFrom(), line.dataControl(), line.autoExtraPackage(), DemoPlanner.simCard(i).value())));
            if (line.upgrade() != null) {
                subscriptions.changePlan(line.msisdn().value(), line.upgrade(), line.upgradedOn());
            }
            if (line.terminateOn() != null) {
                subscriptions.terminate(line.msisdn().value(), line.terminateOn());
            }
        }
        Actor operator = Actor.operator("127.0.0.1");
        for (DemoPlan.Access access : plan.portalUsers()) {
            GrantAccess grant = access.department() == null ? GrantAccess.superUser(access.msisdn().value())
                    : new GrantAccess(access.msisdn().value(), Role.USER, Set.of(accounts.get(access.department()).id()),
                            Set.of(PortalModule.DASHBOARD, PortalModule.INVOICES));
            portalUsers.grant(company.id(), grant, operator);
        }
        costSharing.seedRules(company.id(), plan, employees, lines, properties.seed());
        equipment.seed(company.id(), plan, accounts, employees, lines, properties.seed());
        DemoAdvice.seed(subscriptions, company.id(), plan, accounts, clock); // over-provisioned and forgotten lines for Sparetips (#18.1)
        return company;
    }
}

package no.bedriftsportal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.customer.RegisterCompany;
import no.bedriftsportal.customer.RegisterEmployee;
import no.bedriftsportal.identity.Actor;
import no.bedriftsportal.identity.GrantAccess;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.identity.PortalUser;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.identity.Role;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.OrgNumber;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Test fixtures through the module APIs: {@code mother.company("Salg", "Drift")} registers a company
 * with those customer numbers; its {@link TestCompany} adds subscribers and portal users. Numbers
 * are unique within the test JVM (whose database starts empty).
 */
public class CompanyMother {

    private static final AtomicInteger ORG_SEQUENCE = new AtomicInteger(1_000_000);
    private static final AtomicInteger MSISDN_SEQUENCE = new AtomicInteger(1_000_000);

    private final Companies companies;
    private final Subscriptions subscriptions;
    private final PortalUsers portalUsers;
    private final Clock clock;

    CompanyMother(Companies companies, Subscriptions subscriptions, PortalUsers portalUsers, Clock clock) {
        this.companies = companies;
        this.subscriptions = subscriptions;
        this.portalUsers = portalUsers;
        this.clock = clock;
    }

    public TestCompany company(String... departments) {
        return company(null, departments);
    }

    /** A company whose invoices fall due {@code paymentTermsDays} after the invoice date. */
    public TestCompany companyWithPaymentTerms(int paymentTermsDays, String... departments) {
        return company(paymentTermsDays, departments);
    }

    private TestCompany company(Integer paymentTermsDays, String... departments) {
        Company company = companies.register(new RegisterCompany(nextOrgNumber(), "Testbedrift " + ORG_SEQUENCE.get() + " AS",
                "Testveien 1", "0150", "Oslo", null, paymentTermsDays));
        List<CustomerAccount> accounts = new ArrayList<>();
        for (String department : departments.length == 0 ? new String[] {"Administrasjon"} : departments) {
            accounts.add(companies.openCustomerAccount(company.id(), null, department));
        }
        return new TestCompany(company, accounts);
    }

    /** A fresh valid organisation number. */
    public static String nextOrgNumber() {
        while (true) {
            String eight = "8" + ORG_SEQUENCE.incrementAndGet();
            Integer check = OrgNumber.checkDigit(eight);
            if (check != null) {
                return eight + check;
            }
        }
    }

    /** A fresh Norwegian mobile number. */
    public static Msisdn nextMsisdn() {
        return Msisdn.of("4" + MSISDN_SEQUENCE.incrementAndGet());
    }

    /** A company made by {@link #company(String...)}, with helpers to add people to it. */
    public final class TestCompany {

        private final Company company;
        private final List<CustomerAccount> accounts;

        TestCompany(Company company, List<CustomerAccount> accounts) {
            this.company = company;
            this.accounts = accounts;
        }

        public long id() {
            return company.id();
        }

        public Company company() {
            return company;
        }

        public CustomerAccount account(int index) {
            return accounts.get(index);
        }

        /** An employee with an active subscription (since a year ago) under the customer number at {@code index}. */
        public Msisdn subscriber(int accountIndex, String planCode) {
            return subscriber(accountIndex, planCode, null);
        }

        /** The same, with the employee's name ("Ansatt" and the number when null). */
        public Msisdn subscriber(int accountIndex, String planCode, String name) {
            Msisdn msisdn = nextMsisdn();
            Employee employee = companies.registerEmployee(company.id(), new RegisterEmployee(
                    name == null ? "Ansatt " + msisdn.national() : name, null, "E" + msisdn.national(), "5210"));
            subscriptions.activate(new ActivateSubscription(company.id(), msisdn.value(), planCode,
                    accounts.get(accountIndex).id(), employee.id(), Oslo.today(clock).minusYears(1), false, null));
            return msisdn;
        }

        /** An employee with an e-mail address and an active subscription under the customer number at {@code index}. */
        public Msisdn subscriberWithEmail(int accountIndex, String planCode, String name, String email) {
            Msisdn msisdn = nextMsisdn();
            Employee employee = companies.registerEmployee(company.id(), new RegisterEmployee(name, email, "E" + msisdn.national(), "5210"));
            subscriptions.activate(new ActivateSubscription(company.id(), msisdn.value(), planCode,
                    accounts.get(accountIndex).id(), employee.id(), Oslo.today(clock).minusYears(1), false, null));
            return msisdn;
        }

        /** An active subscription without a holder (a router, a spare SIM) under the customer number at {@code index}. */
        public Msisdn lineWithoutHolder(int accountIndex, String planCode) {
            Msisdn msisdn = nextMsisdn();
            subscriptions.activate(new ActivateSubscription(company.id(), msisdn.value(), planCode,
                    accounts.get(accountIndex).id(), null, Oslo.today(clock).minusYears(1), false, null));
            return msisdn;
        }

        public Msisdn superUser() {
            return superUserOn("FRI_5");
        }

        /** A super user whose own line is on this plan. */
        public Msisdn superUserOn(String planCode) {
            Msisdn msisdn = subscriber(0, planCode);
            portalUsers.grant(company.id(), GrantAccess.superUser(msisdn.value()), Actor.operator("127.0.0.1"));
            return msisdn;
        }

        /** A user limited to the customer numbers at these indexes, with the dashboard. */
        public Msisdn user(int... accountIndexes) {
            return userWith(Set.of(PortalModule.DASHBOARD), accountIndexes);
        }

        /** A user limited to the customer numbers at these indexes, with these modules (and the dashboard). */
        public Msisdn userWith(Set<PortalModule> modules, int... accountIndexes) {
            Msisdn msisdn = subscriber(accountIndexes[0], "FRI_5");
            Set<Long> granted = new java.util.HashSet<>();
            for (int index : accountIndexes) {
                granted.add(accounts.get(index).id());
            }
            portalUsers.grant(company.id(), new GrantAccess(msisdn.value(), Role.USER, granted, modules),
                    Actor.operator("127.0.0.1"));
            return msisdn;
        }

        public PortalUser portalUser(Msisdn msisdn) {
            return portalUsers.list(company.id()).stream().filter(user -> user.msisdn().equals(msisdn)).findFirst()
                    .orElseThrow();
        }
    }
}

package no.bedriftsportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.customer.RegisterCompany;
import no.bedriftsportal.customer.RegisterEmployee;
import no.bedriftsportal.identity.OperatorStaff;
import no.bedriftsportal.onboarding.TrustedOrders;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * The demo's order of the portal (#17.6): a second, small customer, <em>Havbris Rederi AS</em>
 * (four mobile subscriptions, no portal access yet), whose order waits in the operator staff's
 * queue, and a member of the operator's staff to approve it. Approving it makes its two
 * administrators super users, who get the access SMS and can log in. The numbers are outside the
 * range the demo company's lines are drawn from (4000 00xx).
 */
@Component
class DemoOnboarding {

    static final Msisdn STAFF = Msisdn.of("40000001");
    static final String STAFF_NAME = "Mona Berg";
    static final String ORG_NUMBER = "923609016";
    static final String COMPANY_NAME = "Havbris Rederi AS";
    static final Msisdn FIRST_ADMIN = Msisdn.of("40000011");
    static final Msisdn SECOND_ADMIN = Msisdn.of("40000012");

    private final Companies companies;
    private final Subscriptions subscriptions;
    private final OperatorStaff staff;
    private final TrustedOrders orders;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoOnboarding(Companies companies, Subscriptions subscriptions, OperatorStaff staff, TrustedOrders orders,
            TransactionTemplate transaction, Clock clock) {
        this.companies = companies;
        this.subscriptions = subscriptions;
        this.staff = staff;
        this.orders = orders;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Creates the customer, the staff member and the pending order; returns the order's status page. */
    String create() {
        return transaction.execute(status -> {
            Company company = companies.register(new RegisterCompany(ORG_NUMBER, COMPANY_NAME, "Bryggen 7", "5003", "Bergen",
                    "faktura@havbris.no"));
            CustomerAccount account = companies.openCustomerAccount(company.id(), null, "Rederiet");
            LocalDate from = Oslo.today(clock).withDayOfMonth(1);
            List<String[]> people = List.of(new String[] {"Siri Vik", FIRST_ADMIN.national()},
                    new String[] {"Jon Helle", SECOND_ADMIN.national()}, new String[] {"Kaia Mo", "40000013"},
                    new String[] {"Odd Strand", "40000014"});
            int number = 1;
            for (String[] person : people) {
                Employee employee = companies.registerEmployee(company.id(), new RegisterEmployee(person[0],
                        person[0].toLowerCase().replace(' ', '.') + "@havbris.no", String.valueOf(number++), null));
                subscriptions.activate(new ActivateSubscription(company.id(), person[1], "FRI_5", account.id(), employee.id(), from,
                        false, null));
            }
            staff.register(STAFF.value(), STAFF_NAME);
            return orders.place(ORG_NUMBER, "Siri Vik", "siri.vik@havbris.no", "55 12 34 56",
                    List.of(FIRST_ADMIN.national(), SECOND_ADMIN.national()), "Siri Vik", "Daglig leder", "127.0.0.0/24");
        });
    }
}

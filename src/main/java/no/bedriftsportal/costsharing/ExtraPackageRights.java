package no.bedriftsportal.costsharing;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.Oslo;

/**
 * How an employee may pay an extra data package they order themselves now (IC3, #15.6): by salary
 * deduction only when the subscription's profile allows it and the company has a signed agreement
 * with them; with Vipps only when the profile allows it. A subscription without a profile allows
 * neither: the company has not said its employees may order.
 */
@Service
public class ExtraPackageRights {

    private final RulesInForce rules;
    private final EmployeeControlRepository employees;
    private final Clock clock;

    ExtraPackageRights(RulesInForce rules, EmployeeControlRepository employees, Clock clock) {
        this.rules = rules;
        this.employees = employees;
        this.clock = clock;
    }

    /**
     * @param profileName       the subscription's profile this month, or null without one
     * @param profileAllowsSalary the profile allows ordering by salary deduction
     * @param agreement         the company has a signed salary-deduction agreement with the employee
     * @param byVipps           the profile allows ordering with Vipps
     */
    public record Rights(String profileName, boolean profileAllowsSalary, boolean agreement, boolean byVipps) {

        /** By salary: allowed by the profile and an agreement on file. */
        public boolean bySalary() {
            return profileAllowsSalary && agreement;
        }

        public boolean any() {
            return bySalary() || byVipps;
        }
    }

    @Transactional(readOnly = true)
    public Rights of(long companyId, long employeeId, long subscriptionId) {
        YearMonth month = Oslo.monthOf(clock.instant());
        boolean agreement = employees.agreement(companyId, employeeId).isPresent();
        return rules.choice(companyId, subscriptionId, month)
                .filter(choice -> choice.choice() == SubscriptionChoice.Choice.PROFILE)
                .map(choice -> rules.profileVersions(companyId, month).get(choice.profileId()))
                .map(version -> new Rights(version.name(), version.rules().buyBySalary(), agreement, version.rules().buyByVipps()))
                .orElse(new Rights(null, false, agreement, false));
    }
}

package no.bedriftsportal.costsharing;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Oslo;

/**
 * The user list of invoice control (#14.2) and its bulk changes: give the selected subscriptions a
 * profile or "Ingen profil" ({@link Assignments}), or set the pay type of their employees (the
 * customer module's employee). One service for the page and the API.
 */
@Service
class UserList {

    /** The most rows a list shows; more are narrowed with the filters. */
    static final int MAX_ROWS = 5_000;

    private final UserListRepository repository;
    private final Assignments assignments;
    private final Companies companies;
    private final AuditTrail audit;
    private final Clock clock;

    UserList(UserListRepository repository, Assignments assignments, Companies companies, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.assignments = assignments;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    /** The subscriptions in the scope as filtered, at most {@code limit}. */
    List<UserListRow> list(AccessScope scope, UserListFilter filter, int limit) {
        return repository.list(scope, filter, Oslo.today(clock), limit);
    }

    /** A page of the company API: by subscription id after {@code afterId} (0 for the first). */
    List<UserListRow> page(AccessScope scope, UserListFilter filter, long afterId, int limit) {
        return repository.list(scope, filter, Oslo.today(clock), afterId, limit);
    }

    List<String> payTypes(long companyId) {
        return repository.payTypes(companyId);
    }

    /** What a bulk change does. */
    enum BulkAction {
        SET_PROFILE, REMOVE_PROFILE, SET_PAY_TYPE
    }

    /** A bulk change of the selected subscriptions; how many subscriptions (or employees, for a pay type) it changed. */
    @Transactional
    int bulk(AccessScope scope, BulkAction action, Collection<Long> subscriptionIds, Long profileId, String payType, ChangedBy by) {
        if (action == null) {
            throw new InvalidInputException("action", "invoiceControl.users.error.action", "action is SET_PROFILE, REMOVE_PROFILE or SET_PAY_TYPE");
        }
        return switch (action) {
            case SET_PROFILE -> assignments.choose(scope, subscriptionIds, SubscriptionChoice.Choice.PROFILE, profileId, by);
            case REMOVE_PROFILE -> assignments.removeProfile(scope, subscriptionIds, by);
            case SET_PAY_TYPE -> setPayType(scope, subscriptionIds, payType, by);
        };
    }

    private int setPayType(AccessScope scope, Collection<Long> subscriptionIds, String payType, ChangedBy by) {
        Set<Long> employeeIds = new LinkedHashSet<>();
        assignments.select(scope, subscriptionIds).stream().map(AssignmentRepository.Selected::employeeId)
                .filter(Objects::nonNull).forEach(employeeIds::add);
        if (employeeIds.isEmpty()) {
            throw new InvalidInputException("subscriptionIds", "invoiceControl.users.error.noEmployees",
                    "none of the selected subscriptions has an employee");
        }
        String value = payType == null || payType.isBlank() ? null : payType.strip();
        int changed = companies.changePayType(scope.companyId(), employeeIds, value);
        List<String> names = employeeIds.stream().limit(20)
                .map(id -> companies.employee(scope.companyId(), id).map(e -> e.name()).orElse("?")).toList();
        audit.changed(Change.PAY_TYPE_SET, value == null ? "DEFAULT" : null,
                List.of(value == null ? "" : value, changed, String.join(", ", names) + (employeeIds.size() > 20 ? ", …" : "")));
        return changed;
    }
}

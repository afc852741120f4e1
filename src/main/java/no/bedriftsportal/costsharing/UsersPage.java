package no.bedriftsportal.costsharing;

import java.util.List;
import java.util.Set;

import no.bedriftsportal.customer.CustomerAccount;

/**
 * What the user list page shows: the rows as filtered (at most {@link UserList#MAX_ROWS}; {@code truncated}
 * when there were more), the filters' choices, and after a refused bulk change its error and the rows
 * that were selected.
 */
public record UsersPage(UserListFilter filter, List<UserListRow> rows, boolean truncated, List<CustomerAccount> accounts,
        List<ProfileVersion> profiles, List<String> payTypes, Set<Long> selected, String error, String flash) {

    public UsersPage {
        rows = List.copyOf(rows);
        selected = Set.copyOf(selected);
    }

    public boolean isSelected(long subscriptionId) {
        return selected.contains(subscriptionId);
    }

    public long newCount() {
        return rows.stream().filter(row -> row.choice() == SubscriptionChoice.Choice.NEW).count();
    }
}

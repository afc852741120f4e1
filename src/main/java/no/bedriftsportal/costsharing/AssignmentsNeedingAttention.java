package no.bedriftsportal.costsharing;

import java.util.List;

import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NeedsAttention;

/**
 * "Krever handling" from invoice control: the subscriptions in the user's customer numbers still
 * "NY! (ikke valgt)", linked to the user list filtered on them. For users granted invoice control.
 */
@Component
class AssignmentsNeedingAttention implements NeedsAttention {

    static final String MODULE = "INVOICE_CONTROL";

    private final Assignments assignments;

    AssignmentsNeedingAttention(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<Item> items(AccessScope scope) {
        long count = assignments.countNew(scope);
        if (count == 0) {
            return List.of();
        }
        return List.of(new Item("subscriptions-without-profile", "invoiceControl.users.attention.new",
                UserListFilter.PATH + "?choice=NEW", null, count, 0, null, false));
    }
}

package no.bedriftsportal.onboarding;

import java.util.List;
import java.util.Optional;

/** An order with the checks staff decide on, made now (#17.4): approval makes them again. */
public record CheckedOrder(Order order, Optional<KnownCompany> company, List<AdminCheck> admins) {

    public boolean allPass() {
        return company.isPresent() && admins.stream().allMatch(AdminCheck::active);
    }

    public String reference() {
        return Orders.reference(order.id());
    }
}

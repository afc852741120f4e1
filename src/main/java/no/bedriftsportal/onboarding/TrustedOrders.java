package no.bedriftsportal.onboarding;

import java.util.List;

import org.springframework.stereotype.Service;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * Orders placed by the operator's own side (the demo's pending order, #17.6): the same checks of
 * the fields, the customer and the administrators' subscriptions as the public form, without its
 * abuse limits, which guard against strangers.
 */
@Service
public class TrustedOrders {

    private final Orders orders;

    TrustedOrders(Orders orders) {
        this.orders = orders;
    }

    /**
     * Places an order accepting the current terms; returns the status page's address.
     *
     * @throws InvalidInputException naming the first field that fails
     */
    public String place(String orgNumber, String contactName, String contactEmail, String contactPhone, List<String> admins,
            String signerName, String signerRole, String network) {
        OrderRequest form = new OrderRequest(orgNumber, contactName, contactEmail, contactPhone, admins, signerName, signerRole,
                true, orders.currentTerms().version(), "", null, null);
        Orders.Submitted result = orders.placeTrusted(form, network);
        if (result instanceof Orders.Submitted.Refused refused) {
            var first = refused.errors().all().entrySet().iterator().next();
            throw new InvalidInputException(first.getKey(), first.getValue().key(), "order refused: " + first.getKey() + " "
                    + first.getValue().key());
        }
        return orders.statusUrl(((Orders.Submitted.Accepted) result).token());
    }
}

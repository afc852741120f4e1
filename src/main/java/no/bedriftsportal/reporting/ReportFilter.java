package no.bedriftsportal.reporting;

import java.util.Set;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * What a report is narrowed to, besides the period. Every part is optional.
 *
 * @param customerAccounts customer numbers (their ids); only those the user is granted are ever read
 * @param productGroup     {@code MOBILE} (mobile telephony) or {@code BROADBAND} (mobile broadband)
 * @param user             part of a user's name or of a number
 * @param sim              a SIM card's ICCID, digits only: did this SIM have traffic
 */
public record ReportFilter(Set<Long> customerAccounts, String productGroup, String user, String sim) {

    private static final Set<String> PRODUCT_GROUPS = Set.of("MOBILE", "BROADBAND");

    public ReportFilter {
        customerAccounts = customerAccounts == null ? Set.of() : Set.copyOf(customerAccounts);
        productGroup = blankToNull(productGroup);
        if (productGroup != null && !PRODUCT_GROUPS.contains(productGroup)) {
            throw new InvalidInputException("productGroup", "reports.error.productGroup", "Unknown product group");
        }
        user = blankToNull(user);
        if (user != null && user.length() > 100) {
            throw new InvalidInputException("user", "reports.error.user", "At most 100 characters");
        }
        sim = blankToNull(sim == null ? null : sim.replace(" ", ""));
        if (sim != null && !sim.matches("[0-9]{6,20}")) {
            throw new InvalidInputException("sim", "reports.error.sim", "A SIM number (ICCID) is 19 or 20 digits");
        }
    }

    public static ReportFilter none() {
        return new ReportFilter(Set.of(), null, null, null);
    }

    /** Whether a filter on the subscription itself is set (then lines without a subscription are left out). */
    boolean narrowsSubscriptions() {
        return productGroup != null || user != null || sim != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

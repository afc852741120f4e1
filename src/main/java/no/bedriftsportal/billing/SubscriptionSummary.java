package no.bedriftsportal.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One subscription's lines on an invoice (SPEC.md F2: the summary per subscription). */
record SubscriptionSummary(String msisdn, String userName, List<InvoiceLine> lines) {

    /** The invoice's subscriptions in number order; company-level lines are not among them. */
    static List<SubscriptionSummary> of(List<InvoiceLine> lines) {
        Map<String, List<InvoiceLine>> byMsisdn = new TreeMap<>();
        for (InvoiceLine line : lines) {
            if (!line.isCompanyLevel()) {
                byMsisdn.computeIfAbsent(line.msisdn(), msisdn -> new ArrayList<>()).add(line);
            }
        }
        return byMsisdn.entrySet().stream()
                .map(entry -> new SubscriptionSummary(entry.getKey(), userNameOf(entry.getValue()), entry.getValue()))
                .toList();
    }

    private static String userNameOf(List<InvoiceLine> lines) {
        return lines.stream().map(InvoiceLine::userName).filter(name -> name != null && !name.isBlank())
                .findFirst().orElse(null);
    }
}

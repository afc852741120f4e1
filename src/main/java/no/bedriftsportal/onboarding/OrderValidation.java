package no.bedriftsportal.onboarding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.OrgNumber;

/**
 * The order form's checks that need no data (#17.4, G1): the organisation number's MOD11 check
 * digit, the contact, 1–5 administrators' mobile numbers (no number twice), the signer, and the
 * consent to the terms version shown. Each error goes to its field.
 */
final class OrderValidation {

    private static final int MAX_TEXT = 100;

    private OrderValidation() {
    }

    /** Adds the form's errors; returns the administrators' numbers that parse, in order. */
    static List<Msisdn> check(OrderRequest form, int currentTermsVersion, OrderErrors errors) {
        if (form.orgNumber().isEmpty()) {
            errors.add("orgNumber", "order.error.orgNumber.required");
        } else if (OrgNumber.parse(form.orgNumber()).isEmpty()) {
            errors.add("orgNumber", "order.error.orgNumber.invalid");
        }
        text(form.contactName(), "contactName", errors);
        if (form.contactEmail().isEmpty()) {
            errors.add("contactEmail", "order.error.required");
        } else if (form.contactEmail().length() > 254 || !form.contactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("contactEmail", "order.error.email");
        }
        if (form.contactPhone().isEmpty()) {
            errors.add("contactPhone", "order.error.required");
        } else if (!form.contactPhone().matches("\\+?[0-9 ]{8,20}")) {
            errors.add("contactPhone", "order.error.phone");
        }
        List<Msisdn> admins = new ArrayList<>();
        Set<Msisdn> seen = new HashSet<>();
        for (int i = 0; i < form.admins().size(); i++) {
            String typed = form.admin(i);
            if (typed.isEmpty()) {
                continue;
            }
            Optional<Msisdn> number = Msisdn.parse(typed);
            if (number.isEmpty()) {
                errors.add("admin" + i, "order.error.admin.invalid");
            } else if (!seen.add(number.get())) {
                errors.add("admin" + i, "order.error.admin.twice");
            } else {
                admins.add(number.get());
            }
        }
        if (form.admins().stream().allMatch(String::isEmpty)) {
            errors.add("admin0", "order.error.admin.required");
        }
        text(form.signerName(), "signerName", errors);
        text(form.signerRole(), "signerRole", errors);
        if (!form.consent()) {
            errors.add("consent", "order.error.consent");
        } else if (form.termsVersion() == null || form.termsVersion() != currentTermsVersion) {
            errors.add("consent", "order.error.termsChanged");
        }
        return admins;
    }

    private static void text(String value, String field, OrderErrors errors) {
        if (value.isEmpty()) {
            errors.add(field, "order.error.required");
        } else if (value.length() > MAX_TEXT || value.chars().anyMatch(Character::isISOControl)) {
            errors.add(field, "order.error.text");
        }
    }
}

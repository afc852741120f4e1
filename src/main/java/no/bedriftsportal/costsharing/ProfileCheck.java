package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.catalog.ExtraPackage;
import no.bedriftsportal.shared.ControlCharacters;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.usage.Payer;

/**
 * Checks a {@link ProfileDraft} field by field (name 1–60 characters; amounts ≥ 0 with at most two
 * decimals; the automatic package one of the catalog's, with a payer) and makes its rules, or names
 * every bad field at once.
 */
@Component
class ProfileCheck {

    static final int NAME_MAX = 60;

    private final Catalog catalog;

    ProfileCheck(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The draft's name, stripped. */
    static String name(ProfileDraft draft) {
        return draft.name() == null ? "" : draft.name().strip();
    }

    ProfileRules rules(ProfileDraft draft) {
        List<InvalidInputException> errors = new ArrayList<>();
        String name = name(draft);
        if (name.isEmpty()) {
            errors.add(new InvalidInputException("name", "invoiceControl.profiles.error.name.required", "Give the profile a name"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new InvalidInputException("name", "invoiceControl.profiles.error.name.long",
                    "The name can be at most 60 characters", NAME_MAX));
        } else if (ControlCharacters.in(name)) {
            errors.add(new InvalidInputException("name", "invoiceControl.profiles.error.name.characters",
                    "The name cannot hold control characters"));
        }
        ContentRule content = null;
        try {
            content = ContentRule.valueOf(String.valueOf(draft.content()));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInputException("contentRule", "invoiceControl.profiles.error.content",
                    "Choose how content services are paid: BENEFIT, DEDUCT_ABOVE_THRESHOLD or DEDUCT_ALL_PRIVATE"));
        }
        String code = draft.autoExtraPackageCode() == null || draft.autoExtraPackageCode().isBlank()
                || "NONE".equals(draft.autoExtraPackageCode().strip()) ? null : draft.autoExtraPackageCode().strip();
        Payer payer = null;
        if (code != null) {
            if (catalog.extraPackages().stream().map(ExtraPackage::code).noneMatch(code::equals)) {
                errors.add(new InvalidInputException("autoExtraPackage", "invoiceControl.profiles.error.autoExtra",
                        "Choose no automatic package or one of the catalog's extra packages"));
                code = null;
            } else if ("COMPANY".equals(draft.autoExtraPayer()) || "SALARY".equals(draft.autoExtraPayer())) {
                payer = Payer.valueOf(draft.autoExtraPayer());
            } else {
                errors.add(new InvalidInputException("autoExtraPayer", "invoiceControl.profiles.error.payer",
                        "Choose who pays the automatic extra package: COMPANY or SALARY"));
                code = null;
            }
        }
        Set<TrafficRule> traffic = EnumSet.noneOf(TrafficRule.class);
        for (String rule : draft.traffic()) {
            try {
                traffic.add(TrafficRule.valueOf(rule));
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInputException("traffic", "invoiceControl.profiles.error.traffic",
                        "Unknown traffic rule; use DATA_WITHOUT_PACKAGE, OUTSIDE_FIXED_PRICE, ABROAD or OUTSIDE_WORKING_HOURS"));
                break;
            }
        }
        BigDecimal maximum = amount(draft.monthlyMaximum(), "monthlyMaximum", errors);
        BigDecimal free = amount(draft.freeAmount(), "freeAmount", errors);
        if (!errors.isEmpty()) {
            throw new InvalidProfileException(errors);
        }
        return new ProfileRules(content, draft.dataControl(), code, payer, draft.buyBySalary(), draft.buyByVipps(), traffic,
                maximum, free == null ? BigDecimal.ZERO.setScale(2) : free);
    }

    /** An amount of NOK ≥ 0 with at most two decimals, or null when blank. */
    static BigDecimal amount(String text, String field, List<InvalidInputException> errors) {
        BigDecimal amount;
        try {
            amount = Amounts.parse(text);
        } catch (NumberFormatException e) {
            errors.add(new InvalidInputException(field, "invoiceControl.profiles.error.amount",
                    "Write an amount in kroner, for example 500 or 99,50"));
            return null;
        }
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            errors.add(new InvalidInputException(field, "invoiceControl.profiles.error.amount.negative",
                    "The amount cannot be negative"));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(new InvalidInputException(field, "invoiceControl.profiles.error.amount.decimals",
                    "Write the amount with at most two decimals (øre)"));
            return null;
        }
        if (amount.compareTo(Amounts.LIMIT) >= 0) {
            errors.add(new InvalidInputException(field, "invoiceControl.profiles.error.amount.large", "The amount is too large"));
            return null;
        }
        return amount.setScale(2);
    }
}

package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

import no.bedriftsportal.shared.NorwegianFormat;

/**
 * A profile as an administrator typed it (the form, the API), before it is checked: amounts as text
 * ({@code 1 000,50} or {@code 1000.50}), choices by name.
 *
 * @param autoExtraPackageCode {@code EXTRA_1}, {@code EXTRA_5}, {@code EXTRA_15}, or null/blank/{@code NONE} for none
 * @param autoExtraPayer       {@code COMPANY} or {@code SALARY}; needed with a package
 * @param traffic              names of {@link TrafficRule}s
 * @param monthlyMaximum       NOK gross, or null/blank for none
 * @param freeAmount           NOK gross, null/blank for 0
 */
public record ProfileDraft(String name, String content, boolean dataControl, String autoExtraPackageCode,
        String autoExtraPayer, boolean buyBySalary, boolean buyByVipps, Set<String> traffic, String monthlyMaximum,
        String freeAmount) {

    public ProfileDraft {
        traffic = traffic == null ? Set.of() : Set.copyOf(traffic);
    }

    /** The draft that shows these rules in the form. */
    public static ProfileDraft of(String name, ProfileRules rules) {
        Set<String> traffic = new TreeSet<>();
        rules.traffic().forEach(rule -> traffic.add(rule.name()));
        return new ProfileDraft(name, rules.content().name(), rules.dataControl(), rules.autoExtraPackageCode(),
                rules.autoExtraPayer() == null ? null : rules.autoExtraPayer().name(), rules.buyBySalary(), rules.buyByVipps(),
                traffic, amount(rules.monthlyMaximum()), amount(rules.freeAmount()));
    }

    public boolean has(TrafficRule rule) {
        return traffic.contains(rule.name());
    }

    public boolean contentIs(ContentRule rule) {
        return rule.name().equals(content);
    }

    /** The package code the form shows as chosen: {@code NONE} for none. */
    public String autoExtraChoice() {
        return autoExtraPackageCode == null || autoExtraPackageCode.isBlank() ? "NONE" : autoExtraPackageCode;
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "" : NorwegianFormat.decimal(amount.setScale(2));
    }
}

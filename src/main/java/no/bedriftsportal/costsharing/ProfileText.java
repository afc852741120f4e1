package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.web.PageContext;

/** A profile's rules in the reader's words, one line per rule, for the list's cards and the version history. */
public final class ProfileText {

    private ProfileText() {
    }

    public static List<String> lines(PageContext page, ProfileRules rules, BigDecimal threshold) {
        List<String> lines = new ArrayList<>();
        lines.add(page.t("invoiceControl.profiles.summary.content", content(page, rules.content(), threshold)));
        lines.add(page.t(rules.dataControl() ? "invoiceControl.profiles.summary.dataControl.on"
                : "invoiceControl.profiles.summary.dataControl.off"));
        lines.add(rules.autoExtraPackageCode() == null ? page.t("invoiceControl.profiles.summary.autoExtra.none")
                : page.t("invoiceControl.profiles.summary.autoExtra", page.t("invoiceControl.profiles.extra." + rules.autoExtraPackageCode()),
                        page.t("invoiceControl.profiles.payer." + rules.autoExtraPayer().name())));
        lines.add(buying(page, rules));
        lines.add(rules.traffic().isEmpty() ? page.t("invoiceControl.profiles.summary.traffic.none")
                : page.t("invoiceControl.profiles.summary.traffic", String.join(", ", rules.traffic().stream().sorted()
                        .map(rule -> page.t("invoiceControl.profiles.traffic." + rule.name() + ".short")).toList())));
        lines.add(rules.monthlyMaximum() == null ? page.t("invoiceControl.profiles.summary.maximum.none")
                : page.t("invoiceControl.profiles.summary.maximum", page.money(rules.monthlyMaximum())));
        lines.add(page.t("invoiceControl.profiles.summary.free", page.money(rules.freeAmount())));
        return lines;
    }

    /** The content rule's label: "Bedriften betaler (fordelsbeskattes over 1 000 kr/år)". */
    public static String content(PageContext page, ContentRule rule, BigDecimal threshold) {
        return page.t("invoiceControl.profiles.content." + rule.name(), kroner(threshold));
    }

    /** {@code 1 000 kr}, or {@code 1 000,50 kr} when there are øre. */
    public static String kroner(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? NorwegianFormat.integer(amount.longValue()) + NorwegianFormat.GROUP_SEPARATOR + "kr"
                : NorwegianFormat.money(amount);
    }

    private static String buying(PageContext page, ProfileRules rules) {
        if (rules.buyBySalary() && rules.buyByVipps()) {
            return page.t("invoiceControl.profiles.summary.buy.both");
        }
        if (rules.buyBySalary()) {
            return page.t("invoiceControl.profiles.summary.buy.salary");
        }
        return page.t(rules.buyByVipps() ? "invoiceControl.profiles.summary.buy.vipps" : "invoiceControl.profiles.summary.buy.none");
    }
}

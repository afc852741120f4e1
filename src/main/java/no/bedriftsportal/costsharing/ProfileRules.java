package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import no.bedriftsportal.usage.Payer;

/**
 * The rules of one saved profile version (COST-SHARING.md, "What a profile holds").
 *
 * @param autoExtraPackageCode {@code EXTRA_1}, {@code EXTRA_5} or {@code EXTRA_15} bought when the data runs out, or null
 * @param autoExtraPayer       {@link Payer#COMPANY} or {@link Payer#SALARY}; set exactly when a package is
 * @param buyBySalary          the employee may order extra packages paid by salary deduction
 * @param buyByVipps           the employee may order extra packages paid with Vipps
 * @param monthlyMaximum       NOK gross per subscription and month, or null for none
 * @param freeAmount           NOK gross per subscription and month the company always covers
 */
public record ProfileRules(ContentRule content, boolean dataControl, String autoExtraPackageCode, Payer autoExtraPayer,
        boolean buyBySalary, boolean buyByVipps, Set<TrafficRule> traffic, BigDecimal monthlyMaximum,
        BigDecimal freeAmount) {

    public ProfileRules {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(freeAmount, "freeAmount");
        traffic = traffic.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traffic));
        if ((autoExtraPackageCode == null) != (autoExtraPayer == null)) {
            throw new IllegalArgumentException("an automatic extra package needs a payer, and only then");
        }
        if (autoExtraPayer == Payer.VIPPS) {
            throw new IllegalArgumentException("an automatic extra package is paid by the company or by salary");
        }
    }

    /** Ready-made "Standard": private content above the yearly threshold deducted, extra packages by salary allowed. */
    public static ProfileRules standard() {
        return new ProfileRules(ContentRule.DEDUCT_ABOVE_THRESHOLD, false, null, null, true, false, Set.of(), null,
                BigDecimal.ZERO.setScale(2));
    }

    /** Ready-made "Privat bruk betales selv": every private purchase, traffic abroad and outside working hours. */
    public static ProfileRules privateUse() {
        return new ProfileRules(ContentRule.DEDUCT_ALL_PRIVATE, false, null, null, true, true,
                Set.of(TrafficRule.ABROAD, TrafficRule.OUTSIDE_WORKING_HOURS), null, new BigDecimal("100.00"));
    }

    /**
     * Whether the computation looks at the month's rated pieces (content services aside): only
     * traffic rules and the maximum do, so a profile without either needs none of them.
     */
    public boolean readsPieces() {
        return !traffic.isEmpty() || monthlyMaximum != null;
    }

    public boolean pays(TrafficRule rule) {
        return traffic.contains(rule);
    }
}

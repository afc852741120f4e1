package no.bedriftsportal.billing;

import java.math.BigDecimal;

/**
 * What a subscription's invoice carries for a month besides its usage.
 *
 * @param fee           the monthly fee for the days active in the month, under the plan of each day, as the invoice run bills it
 * @param extraPackages the extra packages bought in the month that the company pays (itself or by salary deduction)
 */
public record MonthlyCharge(BigDecimal fee, BigDecimal extraPackages) {

    public static final MonthlyCharge NONE = new MonthlyCharge(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
}

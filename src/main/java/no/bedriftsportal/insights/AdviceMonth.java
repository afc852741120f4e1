package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One complete month of a subscription as the advice re-rates it, summed from the rollups
 * ({@code usage_daily}) and the month's extra-package purchases.
 *
 * @param activeDays          the days of the month the subscription was active (the fee is pro rata)
 * @param usageAmount         every rated amount of the month (NOK), whatever the plan
 * @param homeDataBytes       data used in Norway and the EU/EEA, the data that counts against a package (blocked data left out)
 * @param homeDataAmount      what that data cost (outside the package, per MB)
 * @param callSecondsIncluded seconds of calls made in Norway that the plan's fixed price covered
 * @param smsIncluded         SMS sent in Norway that the fixed price covered
 * @param mmsIncluded         MMS sent in Norway that the fixed price covered
 * @param callSecondsCharged  seconds of calls made in Norway charged outside fixed price
 * @param smsCharged          SMS sent in Norway charged outside fixed price
 * @param mmsCharged          MMS sent in Norway charged outside fixed price
 * @param chargedAmount       what those charged calls and messages cost
 * @param extraPackages       how many extra packages were bought in the month
 * @param extraPackagesAmount what they cost, whoever paid
 */
public record AdviceMonth(YearMonth month, int activeDays, BigDecimal usageAmount, long homeDataBytes,
        BigDecimal homeDataAmount, long callSecondsIncluded, long smsIncluded, long mmsIncluded, long callSecondsCharged,
        long smsCharged, long mmsCharged, BigDecimal chargedAmount, int extraPackages, BigDecimal extraPackagesAmount) {

    public int daysInMonth() {
        return month.lengthOfMonth();
    }

    /** A month with no usage at all, active on these days. */
    static AdviceMonth quiet(YearMonth month, int activeDays) {
        return new AdviceMonth(month, activeDays, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0,
                BigDecimal.ZERO);
    }

    AdviceMonth withActiveDays(int days) {
        return new AdviceMonth(month, days, usageAmount, homeDataBytes, homeDataAmount, callSecondsIncluded, smsIncluded,
                mmsIncluded, callSecondsCharged, smsCharged, mmsCharged, chargedAmount, extraPackages, extraPackagesAmount);
    }

    AdviceMonth withExtraPackages(int count, BigDecimal amount) {
        return new AdviceMonth(month, activeDays, usageAmount, homeDataBytes, homeDataAmount, callSecondsIncluded, smsIncluded,
                mmsIncluded, callSecondsCharged, smsCharged, mmsCharged, chargedAmount, count, amount);
    }
}

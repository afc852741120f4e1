package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One change to what stands billed of a subscription's monthly fees: the days
 * {@code firstDay..lastDay} of one month under one plan, billed or credited, as one invoice line.
 *
 * @param amount   what the line adds to the invoice: negative when credited
 * @param billedOn for a credit, the numbers of the invoices that billed those days; empty otherwise
 */
record FeeCharge(long subscriptionId, YearMonth month, String planCode, LocalDate firstDay, LocalDate lastDay, boolean credit,
        BigDecimal amount, List<Long> billedOn) {

    FeeCharge {
        if (!YearMonth.from(firstDay).equals(month) || !YearMonth.from(lastDay).equals(month) || lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("fee days " + firstDay + "–" + lastDay + " must lie within " + month);
        }
        billedOn = List.copyOf(billedOn);
    }

    int days() {
        return (int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1;
    }
}

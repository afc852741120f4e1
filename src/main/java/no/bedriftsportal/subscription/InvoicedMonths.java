package no.bedriftsportal.subscription;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What has been invoiced, asked by the subscription module without depending on billing (billing
 * depends on this module and implements it): so that the operator API can say when an activation,
 * termination or plan change reaches into a month already invoiced, and what the next invoice run
 * will bill or credit for it.
 */
public interface InvoicedMonths {

    /** The first and the latest month invoiced, or empty before the first invoice run. */
    Optional<Span> invoiced();

    /**
     * The fee days of months already invoiced that the next invoice run will bill or credit for this
     * subscription as it stands now, in date order.
     *
     * @param history the subscription's term changes in date order
     */
    List<FeeCorrection> pendingFeeCorrections(Subscription subscription, List<TermChange> history);

    /** The months invoiced so far, from the first run's to the latest's. */
    record Span(YearMonth first, YearMonth latest) {
    }

    /** Days {@code firstDay..lastDay} of one month under a plan, to be billed or credited. */
    record FeeCorrection(String planCode, LocalDate firstDay, LocalDate lastDay, boolean credit) {
    }
}

package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import no.bedriftsportal.usage.Payer;

/**
 * Everything the computation of one employee and usage month M needs (COST-SHARING.md, "The
 * computation for one employee and usage month M"), gathered from the database by the caller; the
 * computation itself ({@link EmployeeMonthCalculator}) reads nothing else.
 *
 * @param agreement            a salary-deduction agreement signed on or before M's content deadline
 * @param privateEarlierInYear Y: gross of the private content purchases earlier in M's calendar year
 *                             (the opening balance included)
 * @param yearlyThreshold      the yearly content threshold (1,000.00 by configuration)
 * @param subscriptions        the employee's subscriptions with a profile in force for M
 * @param contentPurchases     the content purchases of M on those subscriptions, in time order
 * @param corrections          lines correcting earlier final months, computed by the caller
 */
public record EmployeeMonth(long employeeId, YearMonth month, boolean agreement, BigDecimal privateEarlierInYear,
        BigDecimal yearlyThreshold, Classification unclassifiedAs, WorkingHours workingHours,
        List<SubscriptionMonth> subscriptions, List<ContentPurchase> contentPurchases, List<ResultLine> corrections) {

    public EmployeeMonth {
        subscriptions = List.copyOf(subscriptions);
        contentPurchases = List.copyOf(contentPurchases);
        corrections = List.copyOf(corrections);
    }

    /** The profile version in force for M on a subscription. */
    public record ProfileInForce(long profileId, int version, String name, ProfileRules rules) {
    }

    /**
     * One subscription's month.
     *
     * @param pieces   the month's rated pieces with an amount, content services left out; none when
     *                 the profile has neither traffic rules nor a maximum ({@link ProfileRules#readsPieces()})
     * @param feeGross the monthly fee of M on the invoice (pro rata), gross
     * @param extras   the extra packages bought in M, any payer
     */
    public record SubscriptionMonth(long subscriptionId, String maskedMsisdn, ProfileInForce profile, List<Piece> pieces,
            BigDecimal feeGross, List<ExtraBought> extras) {

        public SubscriptionMonth {
            Objects.requireNonNull(profile, "profile");
            pieces = List.copyOf(pieces);
            extras = List.copyOf(extras);
        }
    }

    /**
     * A rated piece as the rules see it.
     *
     * @param category    {@code fixed_price}, {@code outside_fixed_price} or {@code abroad}
     * @param dataBucket  {@code package}, {@code extra_package}, {@code outside_package}, {@code blocked}; null for non-data
     * @param amount      excluding VAT
     * @param description what the event was, without the other party (e.g. "Data, USA" or "Samtale til +47 9xx xx x12")
     */
    public record Piece(String cdrId, int piece, Instant startTime, String type, String category, String dataBucket,
            BigDecimal amount, int vatRate, String description) {

        public BigDecimal gross() {
            return Gross.of(amount, vatRate);
        }
    }

    /** An extra package bought in M; {@code price} excluding VAT (25 % VAT on top). */
    public record ExtraBought(long purchaseId, String code, Instant boughtAt, Payer payer, BigDecimal price) {

        public BigDecimal gross() {
            return Gross.of(price, 25);
        }
    }

    /**
     * A content-service purchase of M.
     *
     * @param classification null while unclassified (then it counts as {@link EmployeeMonth#unclassifiedAs()})
     * @param profile        the profile in force for M on its subscription (its content rule applies)
     */
    public record ContentPurchase(long subscriptionId, String cdrId, int piece, Instant startTime, String description,
            BigDecimal gross, Classification classification, ProfileInForce profile) {
    }
}

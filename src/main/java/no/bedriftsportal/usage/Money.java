package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.Units;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of CATALOG.md, "How an event is rated", rule 1: per-minute prices apply per
 * second, per-MB prices per byte, and each amount is rounded half-up to øre once, at the end.
 */
final class Money {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private static final int ORE = 2;
    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(Units.SECONDS_PER_MINUTE);
    private static final BigDecimal BYTES_PER_MB = BigDecimal.valueOf(Units.BYTES_PER_MB);

    private Money() {
    }

    /** {@code rate × seconds / 60}. */
    static BigDecimal perMinute(BigDecimal ratePerMinute, long seconds) {
        return ratePerMinute.multiply(BigDecimal.valueOf(seconds)).divide(SECONDS_PER_MINUTE, ORE, RoundingMode.HALF_UP);
    }

    /** {@code rate × bytes / 1,000,000}. */
    static BigDecimal perMb(BigDecimal ratePerMb, long bytes) {
        return ratePerMb.multiply(BigDecimal.valueOf(bytes)).divide(BYTES_PER_MB, ORE, RoundingMode.HALF_UP);
    }

    /** {@code start fee + rate × seconds / 60}, rounded once for the whole call. */
    static BigDecimal startFeePlusPerMinute(BigDecimal startFee, BigDecimal ratePerMinute, long seconds) {
        return startFee.multiply(SECONDS_PER_MINUTE)
                .add(ratePerMinute.multiply(BigDecimal.valueOf(seconds)))
                .divide(SECONDS_PER_MINUTE, ORE, RoundingMode.HALF_UP);
    }

    /** A price per message or item, in øre. */
    static BigDecimal each(BigDecimal price) {
        return price.setScale(ORE, RoundingMode.HALF_UP);
    }
}

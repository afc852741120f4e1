package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Rating bought an extra package automatically because the subscription's packages ran out.
 * The caller records the purchase and bills {@code price} to {@code payer}; the package is already
 * in the {@link DataAllowance}.
 *
 * @param boughtAt the start time of the event that ran out of data
 */
public record ExtraPackageBought(long subscriptionId, String code, long sizeBytes, Instant boughtAt, Payer payer,
                                 BigDecimal price) {
}

package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** An extra data package bought for a subscription; it lasts until the end of {@code month}. */
public record ExtraPackagePurchase(long companyId, long id, long subscriptionId, YearMonth month, String code, long sizeBytes,
        BigDecimal price, Payer payer, Instant boughtAt, String source, long usedBytes) {
}

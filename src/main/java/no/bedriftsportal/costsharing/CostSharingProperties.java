package no.bedriftsportal.costsharing;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.costsharing.*}: the numbers of the rules that law may change (COST-SHARING.md).
 *
 * @param yearlyContentThreshold NOK gross of private content purchases per employee and calendar year
 *                               above which they are a taxable benefit or deducted (default 1,000.00)
 */
@ConfigurationProperties("portal.costsharing")
public record CostSharingProperties(BigDecimal yearlyContentThreshold) {

    public CostSharingProperties {
        yearlyContentThreshold = (yearlyContentThreshold == null ? new BigDecimal("1000.00") : yearlyContentThreshold).setScale(2);
    }
}

package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * D2: a month's mobile costs (NOK excl. VAT) in the three groups — Data (data charges and extra
 * packages), Traffic (calls and messages), Other (monthly fees and content services) — and the
 * details each card flips to.
 *
 * @param feesEstimated true for the month not yet invoiced: its fees are this month's active plans
 */
public record MonthlyCost(YearMonth month, BigDecimal dataNorway, BigDecimal dataAbroad, BigDecimal extraPackages,
        BigDecimal calls, BigDecimal messages, BigDecimal trafficDomestic, BigDecimal trafficAbroad, BigDecimal fees,
        BigDecimal content, boolean feesEstimated) {

    public BigDecimal data() {
        return dataNorway.add(dataAbroad).add(extraPackages);
    }

    public BigDecimal traffic() {
        return calls.add(messages);
    }

    public BigDecimal other() {
        return fees.add(content);
    }

    public BigDecimal total() {
        return data().add(traffic()).add(other());
    }
}

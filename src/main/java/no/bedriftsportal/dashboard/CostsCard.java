package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * D2: the company's monthly costs over the chosen number of months (the last one this month so
 * far), and the three cards — Data, Traffic, Other — for the last whole month against the one before.
 *
 * @param chartJson the chart's data, for {@code dashboard.js}
 */
public record CostsCard(int months, List<MonthlyCost> costs, String chartJson) {

    /** The lengths of history the card offers, in months including this one. */
    public static final List<Integer> CHOICES = List.of(12, 24, 36);

    public static int parseMonths(String value) {
        try {
            int months = Integer.parseInt(value);
            return CHOICES.contains(months) ? months : CHOICES.get(0);
        } catch (NumberFormatException e) {
            return CHOICES.get(0);
        }
    }

    /** The last whole month: what the three cards show. */
    public MonthlyCost shown() {
        return costs.get(costs.size() - 2);
    }

    public MonthlyCost previous() {
        return costs.get(costs.size() - 3);
    }

    public MonthlyCost current() {
        return costs.get(costs.size() - 1);
    }

    public Integer dataChange() {
        return change(previous().data(), shown().data());
    }

    public Integer trafficChange() {
        return change(previous().traffic(), shown().traffic());
    }

    public Integer otherChange() {
        return change(previous().other(), shown().other());
    }

    /** The back of the Data card: Norway against abroad, and extra packages. */
    public List<CostLine> dataLines() {
        MonthlyCost month = shown();
        return List.of(new CostLine("dashboard.costs.dataNorway", month.dataNorway()),
                new CostLine("dashboard.costs.dataAbroad", month.dataAbroad()),
                new CostLine("dashboard.costs.extraPackages", month.extraPackages()));
    }

    /** The back of the Traffic card: calls against messages, domestic against abroad. */
    public List<CostLine> trafficLines() {
        MonthlyCost month = shown();
        return List.of(new CostLine("dashboard.costs.calls", month.calls()),
                new CostLine("dashboard.costs.messages", month.messages()),
                new CostLine("dashboard.costs.domestic", month.trafficDomestic()),
                new CostLine("dashboard.costs.abroad", month.trafficAbroad()));
    }

    /** The back of the Other card: monthly fees against content services. */
    public List<CostLine> otherLines() {
        MonthlyCost month = shown();
        return List.of(new CostLine("dashboard.costs.fees", month.fees()),
                new CostLine("dashboard.costs.content", month.content()));
    }

    /** Whole per cent from {@code before} to {@code after}, or null when there was nothing before. */
    static Integer change(BigDecimal before, BigDecimal after) {
        if (before.signum() == 0) {
            return null;
        }
        return after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 0, RoundingMode.HALF_UP).intValue();
    }
}

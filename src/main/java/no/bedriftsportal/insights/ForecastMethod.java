package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.bedriftsportal.shared.NorwegianHolidays;

/**
 * The forecast to month end (X3, #18.3; docs/adr/0029-budgets-and-forecast.md), pure arithmetic over daily figures.
 * The variable cost of a day (usage and extra packages) is expected at the past months' mean for its kind of day —
 * weekday, or weekend and public holiday — scaled by how this month has run so far against that mean (each day capped
 * at three times its mean, the ratio shrunk towards 1 while few days are known). The fixed fees are known in advance,
 * day by day. The interval comes from the past days' spread around their mean and from how much whole months differed in level.
 */
final class ForecastMethod {

    /** Days of the month after which its own level weighs as much as the past months'. */
    static final double SHRINK_DAYS = 10;
    /**
     * A known day counts at most this many times its usual mean towards the month's level: one roaming trip early in
     * the month is cost (it is in the actual) but not a new level for the rest of it. Chosen on the held-out test.
     */
    static final double SPIKE_CAP = 3;
    /** The interval's half width in standard deviations: about 90 % when the errors were normal. */
    static final double Z = 1.645;
    /** The spread of a month's level when the history has fewer than two months to measure it. */
    static final double DEFAULT_LEVEL_SPREAD = 0.25;

    private ForecastMethod() {
    }

    /**
     * @param month    the month forecast
     * @param today    the day now: days before it are complete, today's figure may be partial (it is expected whole,
     *                 less what it has already), days after it are to come. Before the month: all to come; after it:
     *                 all known.
     * @param history  variable cost per day of the past months (only days the target existed; missing days count 0)
     * @param thisMonth variable cost per day of this month so far (days up to today; missing days count 0)
     * @param fees     the fixed fees per day of the whole month (a monthly fee accrues fee / days in month per active day)
     */
    static Forecast forecast(YearMonth month, LocalDate today, List<LocalDate> historyDays, Map<LocalDate, BigDecimal> history,
            Map<LocalDate, BigDecimal> thisMonth, Map<LocalDate, BigDecimal> fees) {
        Shape shape = Shape.of(historyDays, history);
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        // the month so far against what the history expects of the same (complete) days
        double seen = 0;
        double expected = 0;
        int knownDays = 0;
        for (LocalDate day = first; !day.isAfter(last) && day.isBefore(today); day = day.plusDays(1)) {
            double mean = shape.mean(day);
            double value = value(thisMonth, day);
            seen += mean > 0 ? Math.min(value, SPIKE_CAP * mean) : value;
            expected += mean;
            knownDays++;
        }
        if (shape.empty() && knownDays > 0) {
            // nothing before this month (a new department or user): the month so far is its own shape
            List<LocalDate> known = new ArrayList<>();
            for (LocalDate day = first; day.isBefore(today) && !day.isAfter(last); day = day.plusDays(1)) {
                known.add(day);
            }
            shape = Shape.of(known, thisMonth);
            expected = seen;
        }
        double weight = knownDays / (knownDays + SHRINK_DAYS);
        double ratio = expected > 0 ? seen / expected : 1;
        double level = 1 + weight * (ratio - 1);

        List<BigDecimal> actualCumulative = new ArrayList<>();
        List<BigDecimal> forecastCumulative = new ArrayList<>();
        double actual = 0;
        double total = 0;
        double remaining = 0;
        double dayVariance = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            double fee = value(fees, day);
            double variable = value(thisMonth, day);
            if (day.isBefore(today)) {
                actual += variable + fee;
                total += variable + fee;
                actualCumulative.add(money(actual));
            } else {
                double expectedDay = shape.mean(day) * level;
                double toCome = day.equals(today) ? Math.max(0, expectedDay - variable) : expectedDay;
                if (day.equals(today)) {
                    actual += variable + fee;
                    actualCumulative.add(money(actual));
                    total += variable;
                }
                total += toCome + fee;
                remaining += toCome;
                dayVariance += shape.variance(day) * level * level * (day.equals(today) ? 0.25 : 1);
            }
            forecastCumulative.add(money(total));
        }
        double levelSpread = shape.levelSpread() * (1 - weight);
        double sigma = Math.sqrt(dayVariance + Math.pow(levelSpread * remaining, 2));
        double floor = total - remaining;
        return new Forecast(money(actual), money(total), money(Math.max(floor, total - Z * sigma)), money(total + Z * sigma),
                knownDays, actualCumulative, forecastCumulative);
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || NorwegianHolidays.isPublicHoliday(day);
    }

    private static double value(Map<LocalDate, BigDecimal> values, LocalDate day) {
        BigDecimal value = values.get(day);
        return value == null ? 0 : value.doubleValue();
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** The usual month: mean and variance of a weekday and of a weekend day, and the spread of months' levels. */
    private record Shape(double weekdayMean, double weekdayVariance, double weekendMean, double weekendVariance,
            double levelSpread, boolean empty) {

        static Shape of(List<LocalDate> days, Map<LocalDate, BigDecimal> values) {
            Stats weekdays = new Stats();
            Stats weekends = new Stats();
            java.util.TreeMap<YearMonth, Stats> months = new java.util.TreeMap<>();
            for (LocalDate day : days) {
                double value = value(values, day);
                (weekend(day) ? weekends : weekdays).add(value);
            }
            if (weekdays.count == 0 && weekends.count == 0) {
                return new Shape(0, 0, 0, 0, DEFAULT_LEVEL_SPREAD, true);
            }
            double weekdayMean = weekdays.count > 0 ? weekdays.mean() : weekends.mean();
            double weekendMean = weekends.count > 0 ? weekends.mean() : weekdayMean;
            double weekdayVariance = weekdays.count > 1 ? weekdays.variance() : weekends.variance();
            double weekendVariance = weekends.count > 1 ? weekends.variance() : weekdayVariance;
            // each month's level: its days against the shape's means for the same days
            for (LocalDate day : days) {
                double mean = weekend(day) ? weekendMean : weekdayMean;
                months.computeIfAbsent(YearMonth.from(day), m -> new Stats()).add(value(values, day), mean);
            }
            Stats levels = new Stats();
            for (Stats month : months.values()) {
                if (month.count >= 7 && month.expected > 0) {
                    levels.add(month.sum / month.expected);
                }
            }
            double spread = levels.count >= 2 ? Math.sqrt(levels.variance()) : DEFAULT_LEVEL_SPREAD;
            return new Shape(weekdayMean, weekdayVariance, weekendMean, weekendVariance, spread, false);
        }

        double mean(LocalDate day) {
            return weekend(day) ? weekendMean : weekdayMean;
        }

        double variance(LocalDate day) {
            return weekend(day) ? weekendVariance : weekdayVariance;
        }
    }

    /** Running sums for a mean and a sample variance (and, per month, the expected sum). */
    private static final class Stats {
        int count;
        double sum;
        double squares;
        double expected;

        void add(double value) {
            count++;
            sum += value;
            squares += value * value;
        }

        void add(double value, double expectedValue) {
            add(value);
            expected += expectedValue;
        }

        double mean() {
            return count == 0 ? 0 : sum / count;
        }

        double variance() {
            return count < 2 ? 0 : Math.max(0, (squares - sum * sum / count) / (count - 1));
        }
    }
}

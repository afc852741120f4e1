package no.bedriftsportal.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The forecast's arithmetic (X3) with hand-made numbers. History: February 2026 (20 weekdays at 100 kr, 8 weekend days at
 * 20 kr). March 2026 has 22 weekdays and 9 weekend days (1 March is a Sunday; no public holiday). One Bedrift Fri 5 GB
 * subscription all month: 279 kr, 9 kr a day.
 */
class ForecastMethodTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final BigDecimal FEE_PER_DAY = new BigDecimal("9.00");

    @Test
    void beforeAnyDayIsKnownTheMonthIsItsUsualShapePlusTheFees() {
        Forecast forecast = ForecastMethod.forecast(MARCH, MARCH.atDay(1), februaryDays(), february(), Map.of(), fees(1, 31));
        // 22 × 100 + 9 × 20 + 279
        assertThat(forecast.total()).isEqualByComparingTo("2659.00");
        assertThat(forecast.actual()).isEqualByComparingTo("9.00"); // the first day's fee accrues today
        assertThat(forecast.knownDays()).isZero();
        // one month of history: its level may be 25 % off; the interval is 1.645 × 0.25 × 2380 wide on each side
        assertThat(forecast.high().doubleValue()).isCloseTo(2659 + 1.645 * 0.25 * 2380, within(0.01));
        assertThat(forecast.low().doubleValue()).isCloseTo(2659 - 1.645 * 0.25 * 2380, within(0.01));
        assertThat(forecast.forecastCumulative()).hasSize(31);
        assertThat(forecast.forecastCumulative().get(30)).isEqualByComparingTo(forecast.total());
    }

    @Test
    void aMonthRunningAtTwiceItsUsualLevelCountsHalfAfterTenDays() {
        Map<LocalDate, BigDecimal> march = new HashMap<>();
        for (int day = 1; day <= 10; day++) {
            LocalDate date = MARCH.atDay(day);
            march.put(date, new BigDecimal(ForecastMethod.weekend(date) ? "40" : "200"));
        }
        Forecast forecast = ForecastMethod.forecast(MARCH, MARCH.atDay(11), februaryDays(), february(), march, fees(1, 31));
        // days 1–10: 7 weekdays × 200 + 3 weekend days × 40 = 1520, against 760 expected: ratio 2, weight 10/20, level 1.5
        // days 11–31: (15 × 100 + 6 × 20) × 1.5 = 2430; fees 279
        assertThat(forecast.total()).isEqualByComparingTo("4229.00");
        // so far: 1520 and the fees of days 1–11 (today's accrues too)
        assertThat(forecast.actual()).isEqualByComparingTo("1619.00");
        assertThat(forecast.knownDays()).isEqualTo(10);
        assertThat(forecast.actualCumulative()).hasSize(11);
        assertThat(forecast.actualCumulative().get(9)).isEqualByComparingTo("1610.00");
        // the level's spread shrinks with the weight: 0.25 × 0.5 × 2430
        assertThat(forecast.high().doubleValue()).isCloseTo(4229 + 1.645 * 0.125 * 2430, within(0.01));
    }

    @Test
    void aSpikeEarlyInTheMonthIsCostButCountsAtMostThreeUsualDaysTowardsItsLevel() {
        Map<LocalDate, BigDecimal> march = new HashMap<>();
        for (int day = 1; day <= 10; day++) {
            LocalDate date = MARCH.atDay(day);
            march.put(date, new BigDecimal(ForecastMethod.weekend(date) ? "20" : "100"));
        }
        march.put(MARCH.atDay(2), new BigDecimal("1000")); // a Monday abroad
        Forecast forecast = ForecastMethod.forecast(MARCH, MARCH.atDay(11), februaryDays(), february(), march, fees(1, 31));
        // seen for the level: 760 − 100 + 300 against 760 expected; weight 0.5
        double level = 1 + 0.5 * (960.0 / 760 - 1);
        double expected = (760 - 100 + 1000) + (15 * 100 + 6 * 20) * level + 279;
        assertThat(forecast.total().doubleValue()).isCloseTo(expected, within(0.006));
        assertThat(forecast.actual()).isEqualByComparingTo("1759.00"); // 1660 and the fees of days 1–11
    }

    @Test
    void todaysCostSoFarIsPartOfTodaysExpectedCostNotExtra() {
        Map<LocalDate, BigDecimal> march = new HashMap<>();
        for (int day = 1; day <= 10; day++) {
            LocalDate date = MARCH.atDay(day);
            march.put(date, new BigDecimal(ForecastMethod.weekend(date) ? "20" : "100"));
        }
        march.put(MARCH.atDay(11), new BigDecimal("30"));
        Forecast forecast = ForecastMethod.forecast(MARCH, MARCH.atDay(11), februaryDays(), february(), march, fees(1, 31));
        // level 1: today (a Wednesday) is expected at 100, of which 30 has come; the month is its usual 2380 + 279
        assertThat(forecast.total()).isEqualByComparingTo("2659.00");
        assertThat(forecast.actual()).isEqualByComparingTo(new BigDecimal(700 + 60 + 30 + 99));
    }

    @Test
    void aSubscriptionFromTheSixteenthPaysSixteenThirtyFirstsOfItsFee() {
        Forecast forecast = ForecastMethod.forecast(MARCH, MARCH.atDay(1), List.of(), Map.of(), Map.of(), fees(16, 31));
        assertThat(forecast.total()).isEqualByComparingTo("144.00"); // 279 × 16 / 31
        assertThat(forecast.low()).isEqualByComparingTo("144.00"); // nothing uncertain
        assertThat(forecast.high()).isEqualByComparingTo("144.00");
    }

    @Test
    void aPastMonthIsAllKnown() {
        Map<LocalDate, BigDecimal> march = new HashMap<>();
        march.put(MARCH.atDay(5), new BigDecimal("123.45"));
        Forecast forecast = ForecastMethod.forecast(MARCH, LocalDate.of(2026, 4, 2), februaryDays(), february(), march, fees(1, 31));
        assertThat(forecast.total()).isEqualByComparingTo("402.45");
        assertThat(forecast.actual()).isEqualByComparingTo("402.45");
        assertThat(forecast.low()).isEqualByComparingTo(forecast.high());
    }

    @Test
    void withoutHistoryTheMonthSoFarIsItsOwnShape() {
        Map<LocalDate, BigDecimal> march = new HashMap<>();
        for (int day = 1; day <= 10; day++) {
            LocalDate date = MARCH.atDay(day);
            march.put(date, new BigDecimal(ForecastMethod.weekend(date) ? "10" : "50"));
        }
        Forecast forecast = ForecastMethod.forecast(MARCH, MARCH.atDay(11), List.of(), Map.of(), march, Map.of());
        // 7 × 50 + 3 × 10 so far, then 15 × 50 + 6 × 10
        assertThat(forecast.total()).isEqualByComparingTo("1190.00");
    }

    @Test
    void weekendsAndPublicHolidaysAreOneKindOfDay() {
        assertThat(ForecastMethod.weekend(LocalDate.of(2026, 5, 14))).as("Kristi himmelfartsdag, a Thursday").isTrue();
        assertThat(ForecastMethod.weekend(LocalDate.of(2026, 5, 13))).isFalse();
        assertThat(ForecastMethod.weekend(LocalDate.of(2026, 3, 7))).as("a Saturday").isTrue();
    }

    private static List<LocalDate> februaryDays() {
        List<LocalDate> days = new ArrayList<>();
        for (int day = 1; day <= 28; day++) {
            days.add(LocalDate.of(2026, 2, day));
        }
        return days;
    }

    private static Map<LocalDate, BigDecimal> february() {
        Map<LocalDate, BigDecimal> values = new HashMap<>();
        for (LocalDate day : februaryDays()) {
            values.put(day, new BigDecimal(ForecastMethod.weekend(day) ? "20" : "100"));
        }
        return values;
    }

    private static Map<LocalDate, BigDecimal> fees(int from, int to) {
        Map<LocalDate, BigDecimal> fees = new HashMap<>();
        for (int day = from; day <= to; day++) {
            fees.put(MARCH.atDay(day), FEE_PER_DAY);
        }
        return fees;
    }
}

package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.web.PageContext;

/** Puts D5 together for a period and a filter: the chart's days and data, the month's extra packages, a page of the list. */
@Component
class DataCards {

    private final DataPackages data;
    private final Clock clock;

    DataCards(DataPackages data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /** The whole card; {@code period} is the request parameter (this month when absent or unknown). */
    DataCard card(AccessScope scope, String period, DataFilter filter, PageContext page) {
        Period chosen = Period.parse(period, Period.MONTHLY);
        LocalDate today = Oslo.today(clock);
        YearMonth month = chosen.month(today);
        List<DailyData> days = data.byDay(scope, month).stream().filter(day -> !day.day().isAfter(today)).toList();
        return new DataCard(chosen, month, days, data.extraPackageTotals(scope, month), chartJson(days, page),
                list(scope, chosen, filter, 0));
    }

    /** A page of the user list alone. */
    DataCard.UserList list(AccessScope scope, Period period, DataFilter filter, int page) {
        YearMonth month = period.month(Oslo.today(clock));
        return new DataCard.UserList(period, filter, data.page(scope, month, filter, page, DataCard.PAGE_SIZE),
                data.departments(scope), data.plans());
    }

    YearMonth month(Period period) {
        return period.month(Oslo.today(clock));
    }

    private static String chartJson(List<DailyData> days, PageContext page) {
        List<String> labels = days.stream().map(day -> String.valueOf(day.day().getDayOfMonth())).toList();
        List<String> dates = days.stream().map(day -> NorwegianFormat.date(day.day())).toList();
        List<Map<String, Object>> series = List.of(
                series("withinPackage", page.t("dashboard.data.withinPackage"), days, DailyData::bytesPackage),
                series("extraPackage", page.t("dashboard.data.withinExtraPackage"), days, DailyData::bytesExtraPackage),
                series("outsidePackage", page.t("dashboard.data.outsidePackage"), days, DailyData::bytesOutside));
        return ChartJson.write(Map.of("labels", labels, "dates", dates, "series", series,
                "total", page.t("dashboard.data.total")));
    }

    private static Map<String, Object> series(String key, String name, List<DailyData> days, ToLongFunction<DailyData> bytes) {
        return Map.of("key", key, "name", name, "values", days.stream().map(day -> megabytes(bytes.applyAsLong(day))).toList());
    }

    /** Bytes as MB with one decimal, for the chart. */
    static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes, 6).setScale(1, RoundingMode.HALF_UP);
    }
}

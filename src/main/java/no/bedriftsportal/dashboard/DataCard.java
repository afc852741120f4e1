package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * D5: the month's mobile data by day (within the package, within extra packages, outside), the
 * extra packages bought, and a page of the users with a data package as the list's filter asks.
 *
 * @param days      the month's days up to today (a past month: all of it)
 * @param chartJson the chart's data, for {@code dashboard.js}
 */
public record DataCard(Period period, YearMonth month, List<DailyData> days, ExtraPackageTotals extraPackages, String chartJson,
        UserList list) {

    /** How many users a page of the list shows. */
    public static final int PAGE_SIZE = 25;

    public long bytesPackage() {
        return days.stream().mapToLong(DailyData::bytesPackage).sum();
    }

    public long bytesExtraPackage() {
        return days.stream().mapToLong(DailyData::bytesExtraPackage).sum();
    }

    public long bytesOutside() {
        return days.stream().mapToLong(DailyData::bytesOutside).sum();
    }

    public long bytesTotal() {
        return UsedData.bytes(bytesPackage(), bytesExtraPackage(), bytesOutside());
    }

    /**
     * The user list of the card: a page of the users the filter lets through, the filter's
     * choices, and the URLs that keep the period and the filter.
     */
    public record UserList(Period period, DataFilter filter, UserPage page, List<Choice> departments, List<Choice> plans) {

        /** The plan's name, or its code when it is not a plan with a data package. */
        public String planName(String code) {
            return Choice.labelOf(plans, code);
        }

        /** True when no subscription in the scope has a data package at all (not merely none that matches). */
        public boolean noDataUsers() {
            return page.total() == 0 && !filter.filtered();
        }

        /** The list fragment's URL for a page, with the period and the filter. */
        public String pageUrl(int number) {
            return DataController.USERS + "?" + parameters() + "&page=" + number;
        }

        public String excelUrl() {
            return DataController.EXCEL + "?" + parameters();
        }

        public String userUrl(long subscriptionId) {
            return DataController.USERS + "/" + subscriptionId + "?" + DataController.DATA + "=" + period.name();
        }

        private String parameters() {
            String filtered = filter.query();
            return DataController.DATA + "=" + period.name() + (filtered.isEmpty() ? "" : "&" + filtered);
        }
    }

    /** A page of the list, and how many users match in all. */
    public record UserPage(List<DataUser> users, int total, int page, int pageSize) {

        public int first() {
            return total == 0 ? 0 : page * pageSize + 1;
        }

        public int last() {
            return Math.min(total, (page + 1) * pageSize);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return last() < total;
        }
    }

    /** The month's extra packages: how many were bought, their price, and the part paid with Vipps (never invoiced). */
    public record ExtraPackageTotals(int count, BigDecimal amount, BigDecimal vippsAmount) {
    }

    /** A value of a filter's drop-down and its label. */
    public record Choice(String value, String label) {

        /** The label of {@code value} among {@code choices}, or the value itself when none has it. */
        public static String labelOf(List<Choice> choices, String value) {
            return choices.stream().filter(choice -> choice.value().equals(value)).map(Choice::label).findFirst().orElse(value);
        }
    }
}

package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * D6's panel: one user's month as the employee sees it in the app — the usage by kind — and the
 * data of the last six months against the package size.
 */
public record UserDetail(UserCost user, YearMonth month, List<Line> breakdown, List<MonthData> trend) {

    /** A kind of usage in the month: e.g. calls within fixed price, data outside the package. */
    public record Line(String type, String category, String dataBucket, long events, long voiceSeconds, long quantity,
            long bytes, BigDecimal amount) {

        public long minutes() {
            return Math.round(voiceSeconds / 60.0);
        }

        public long megabytes() {
            return Math.round(bytes / 1_000_000.0);
        }

        /** The line's name, as the employee's app shows it: e.g. calls outside fixed price, data in an extra package. */
        public String labelKey() {
            if ("DATA".equals(type)) {
                return "dashboard.users.line.DATA." + ("abroad".equals(category) ? "abroad" : dataBucket);
            }
            return "dashboard.users.line." + type + ("CONTENT".equals(type) ? "" : "." + category);
        }

        /** Lines that show under the same name added up. */
        Line plus(Line other) {
            return new Line(type, category, dataBucket, events + other.events, voiceSeconds + other.voiceSeconds,
                    quantity + other.quantity, bytes + other.bytes, amount.add(other.amount));
        }
    }

    /** A month's data use and the package it had: the part above the package is shown apart. */
    public record MonthData(YearMonth month, long bytes, long packageBytes) {

        public long withinPackage() {
            return Math.min(bytes, packageBytes);
        }

        public long abovePackage() {
            return Math.max(0, bytes - packageBytes);
        }
    }
}

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

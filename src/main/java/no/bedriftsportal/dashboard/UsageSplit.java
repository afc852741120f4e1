package no.bedriftsportal.dashboard;

import java.math.BigDecimal;

/**
 * D1: usage within fixed price, outside fixed price, or to/from abroad, over a period.
 *
 * @param category fixed_price, outside_fixed_price or abroad
 */
public record UsageSplit(String category, long voiceSeconds, long messages, long bytes, BigDecimal amount) {

    public long minutes() {
        return Math.round(voiceSeconds / 60.0);
    }

    public long megabytes() {
        return Math.round(bytes / 1_000_000.0);
    }
}

package no.bedriftsportal.dashboard;

import java.math.BigDecimal;

/** One user's (subscription's) usage and cost in a list: D4's top users of a country, D6/D7's user list. */
public record UserCost(long subscriptionId, String msisdn, String name, String department, String planCode, long voiceSeconds,
        long messages, long bytes, BigDecimal amount) {

    public long minutes() {
        return Math.round(voiceSeconds / 60.0);
    }

    public long megabytes() {
        return Math.round(bytes / 1_000_000.0);
    }
}

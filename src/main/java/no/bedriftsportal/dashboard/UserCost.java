package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One user's (subscription's) usage and cost in a list: D4's top users of a country, D6/D7's user list.
 *
 * @param amount         "Brukskostnad": the usage alone
 * @param customerNumber D6/D7 only, null elsewhere
 * @param fee            D6/D7 only: the month's fee as billing bills it ({@link TotalCost}); null elsewhere
 * @param extraPackages  D6/D7 only: the extra packages the company pays in the month; null elsewhere
 * @param total          D6/D7 only: "Totalkostnad" = amount + fee + extra packages ({@link TotalCost}); null elsewhere
 */
public record UserCost(long subscriptionId, String msisdn, String name, String department, String planCode, long voiceSeconds,
        long messages, long bytes, BigDecimal amount, String customerNumber, BigDecimal fee, BigDecimal extraPackages,
        BigDecimal total) {

    /** Usage and its cost alone (D4). */
    public UserCost(long subscriptionId, String msisdn, String name, String department, String planCode, long voiceSeconds,
            long messages, long bytes, BigDecimal amount) {
        this(subscriptionId, msisdn, name, department, planCode, voiceSeconds, messages, bytes, amount, null, null, null, null);
    }

    public long minutes() {
        return Math.round(voiceSeconds / 60.0);
    }

    public long megabytes() {
        return Math.round(bytes / 1_000_000.0);
    }

    /** A row of D6/D7's queries, which name their columns alike: the usage, before {@link TotalCost#of} adds billing's figures. */
    static UserCost read(ResultSet rs) throws SQLException {
        return new UserCost(rs.getLong("subscription_id"), rs.getString("msisdn"), rs.getString("name"), rs.getString("department"),
                rs.getString("plan_code"), rs.getLong("voice_seconds"), rs.getLong("messages"), rs.getLong("data_bytes"),
                rs.getBigDecimal("amount"), rs.getString("customer_number"), null, null, null);
    }
}

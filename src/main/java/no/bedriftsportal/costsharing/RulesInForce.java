package no.bedriftsportal.costsharing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.usage.Payer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the "who pays" rules in force for a usage month M: of every kind (settings, profile
 * versions, subscriptions' choices) the last one saved before the 1st of M+1, 00:00 Oslo
 * (COST-SHARING.md, "When a change takes effect"). Also the latest of each, for the pages.
 */
@Repository
class RulesInForce {

    static final String PROFILE_COLUMNS = """
            v.profile_id, v.version, v.name, v.content_rule, v.data_control, v.auto_extra_package_code,
            v.auto_extra_payer, v.buy_by_salary, v.buy_by_vipps, v.traffic_rules, v.monthly_maximum, v.free_amount,
            v.saved_at, v.saved_by, p.ready_made""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    RulesInForce(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first instant after usage month M: rules saved before it are in force for M. */
    static Instant cutoff(YearMonth month) {
        return Oslo.startOf(month.plusMonths(1).atDay(1));
    }

    /** The settings in force for M, or the defaults when none were saved before its cutoff. */
    CostSharingSettings settings(long companyId, YearMonth month) {
        return settingsSavedBefore(companyId, cutoff(month));
    }

    /** The latest settings saved, or the defaults. */
    CostSharingSettings latestSettings(long companyId) {
        return settingsSavedBefore(companyId, Instant.MAX);
    }

    private CostSharingSettings settingsSavedBefore(long companyId, Instant before) {
        return jdbc.sql("""
                select content_deadline_day, unclassified_as, deduction_pay_type, benefit_pay_type, working_hours::text,
                       closed_days::text
                from costsharing_settings_version
                where company_id = :companyId and saved_at < :before
                order by version desc limit 1""")
                .param("companyId", companyId).param("before", timestamp(before))
                .query((rs, row) -> new CostSharingSettings(rs.getInt(1), Classification.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), workingHours(rs.getString(5), rs.getString(6))))
                .optional().orElseGet(CostSharingSettings::defaults);
    }

    /** Of every profile that had a version saved before M's cutoff, that version (deleted ones too: they may be in force). */
    Map<Long, ProfileVersion> profileVersions(long companyId, YearMonth month) {
        Map<Long, ProfileVersion> versions = new HashMap<>();
        jdbc.sql("select distinct on (v.profile_id) " + PROFILE_COLUMNS + """

                from costsharing_profile_version v
                join costsharing_profile p using (company_id, profile_id)
                where v.company_id = :companyId and v.saved_at < :before
                order by v.profile_id, v.version desc""")
                .param("companyId", companyId).param("before", timestamp(cutoff(month)))
                .query(RulesInForce::profileVersion).list()
                .forEach(version -> versions.put(version.profileId(), version));
        return versions;
    }

    /** The subscriptions whose choice in force for M is a profile with a version in force, with that version. */
    Map<Long, EmployeeMonth.ProfileInForce> profilesInForce(long companyId, YearMonth month) {
        Map<Long, SubscriptionChoice> choices = choices(companyId, month);
        Map<Long, ProfileVersion> versions = profileVersions(companyId, month);
        Map<Long, EmployeeMonth.ProfileInForce> profiles = new HashMap<>();
        choices.values().stream()
                .filter(choice -> choice.choice() == SubscriptionChoice.Choice.PROFILE && versions.containsKey(choice.profileId()))
                .forEach(choice -> {
                    ProfileVersion version = versions.get(choice.profileId());
                    profiles.put(choice.subscriptionId(), new EmployeeMonth.ProfileInForce(version.profileId(), version.version(),
                            version.name(), version.rules()));
                });
        return profiles;
    }

    /** Every subscription's choice in force for M; a subscription without one before the cutoff is not in the map. */
    Map<Long, SubscriptionChoice> choices(long companyId, YearMonth month) {
        Map<Long, SubscriptionChoice> choices = new HashMap<>();
        jdbc.sql("""
                select distinct on (subscription_id) subscription_id, choice, profile_id, assigned_at, assigned_by
                from costsharing_assignment
                where company_id = :companyId and assigned_at < :before
                order by subscription_id, assigned_at desc""")
                .param("companyId", companyId).param("before", timestamp(cutoff(month)))
                .query(RulesInForce::choice).list()
                .forEach(choice -> choices.put(choice.subscriptionId(), choice));
        return choices;
    }

    /** One subscription's choice in force for M, if it had one before the cutoff. */
    Optional<SubscriptionChoice> choice(long companyId, long subscriptionId, YearMonth month) {
        return jdbc.sql("""
                select subscription_id, choice, profile_id, assigned_at, assigned_by
                from costsharing_assignment
                where company_id = :companyId and subscription_id = :subscriptionId and assigned_at < :before
                order by assigned_at desc limit 1""")
                .param("companyId", companyId).param("subscriptionId", subscriptionId)
                .param("before", timestamp(cutoff(month)))
                .query(RulesInForce::choice).optional();
    }

    static SubscriptionChoice choice(ResultSet rs, int row) throws SQLException {
        long profileId = rs.getLong("profile_id");
        Long profile = rs.wasNull() ? null : profileId; // read before any other column: wasNull() is of the last one read
        return new SubscriptionChoice(rs.getLong("subscription_id"), SubscriptionChoice.Choice.valueOf(rs.getString("choice")),
                profile, rs.getTimestamp("assigned_at").toInstant(), rs.getString("assigned_by"));
    }

    /** Maps a row selected with {@link #PROFILE_COLUMNS}. */
    static ProfileVersion profileVersion(ResultSet rs, int row) throws SQLException {
        String autoExtra = rs.getString("auto_extra_package_code");
        String payer = rs.getString("auto_extra_payer");
        ProfileRules rules = new ProfileRules(ContentRule.valueOf(rs.getString("content_rule")), rs.getBoolean("data_control"),
                autoExtra, payer == null ? null : Payer.valueOf(payer), rs.getBoolean("buy_by_salary"),
                rs.getBoolean("buy_by_vipps"), trafficRules(rs.getArray("traffic_rules")), rs.getBigDecimal("monthly_maximum"),
                rs.getBigDecimal("free_amount"));
        return new ProfileVersion(rs.getLong("profile_id"), rs.getInt("version"), rs.getString("name"), rules,
                rs.getTimestamp("saved_at").toInstant(), rs.getString("saved_by"), rs.getString("ready_made"));
    }

    private static Set<TrafficRule> trafficRules(Array array) throws SQLException {
        Set<TrafficRule> rules = EnumSet.noneOf(TrafficRule.class);
        Arrays.stream((String[]) array.getArray()).map(TrafficRule::valueOf).forEach(rules::add);
        return rules;
    }

    /** The stored JSON of working hours and closed days (see V23) as {@link WorkingHours}. */
    static WorkingHours workingHours(String hoursJson, String closedJson) {
        Map<DayOfWeek, WorkingHours.Span> days = new EnumMap<>(DayOfWeek.class);
        JsonNode hours = JSON.readTree(hoursJson);
        for (DayOfWeek day : DayOfWeek.values()) {
            JsonNode span = hours.get(String.valueOf(day.getValue()));
            if (span != null && !span.isNull()) {
                days.put(day, new WorkingHours.Span(LocalTime.parse(span.get("from").asString()),
                        LocalTime.parse(span.get("to").asString())));
            }
        }
        Set<MonthDay> closed = new LinkedHashSet<>();
        JSON.readTree(closedJson).forEach(node -> closed.add(MonthDay.parse("--" + node.asString())));
        return new WorkingHours(days, closed);
    }

    /** {@link WorkingHours} as the JSON V23 stores: {@code [hours, closedDays]}. */
    static String[] workingHoursJson(WorkingHours workingHours) {
        Map<String, Map<String, String>> hours = new java.util.TreeMap<>();
        workingHours.days().forEach((day, span) -> hours.put(String.valueOf(day.getValue()),
                Map.of("from", span.from().toString(), "to", span.to().toString())));
        var closed = workingHours.closedDays().stream().sorted().map(day -> day.toString().substring(2)).toList();
        return new String[] {JSON.writeValueAsString(hours), JSON.writeValueAsString(closed)};
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == Instant.MAX ? Timestamp.valueOf("9999-12-31 00:00:00") : Timestamp.from(instant);
    }
}

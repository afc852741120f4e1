package no.bedriftsportal.costsharing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.SqlArrays;

/** The tables costsharing_profile and costsharing_profile_version, and which subscriptions have a profile now. */
@Repository
class ProfileRepository {

    /** The latest assignment of each subscription of the company, with the subscription still active (or yet to start). */
    private static final String CURRENT_CHOICES = """
            select a.subscription_id, a.profile_id, s.customer_account_id
            from (select distinct on (subscription_id) subscription_id, choice, profile_id
                  from costsharing_assignment where company_id = :companyId
                  order by subscription_id, assigned_at desc) a
            join subscription s on s.company_id = :companyId and s.subscription_id = a.subscription_id
            where a.choice = 'PROFILE' and (s.terminated_on is null or s.terminated_on > :today)""";

    private final JdbcClient jdbc;

    ProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the saves of one company's profiles (names unique, versions numbered) until the transaction ends. */
    void lock(long companyId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('costsharing-profiles:' || :companyId))").param("companyId", companyId)
                .query((rs, row) -> row).list();
    }

    /** The latest version of each live profile of the company. */
    List<ProfileVersion> currentVersions(long companyId) {
        return jdbc.sql("select distinct on (v.profile_id) " + RulesInForce.PROFILE_COLUMNS + """

                from costsharing_profile_version v
                join costsharing_profile p using (company_id, profile_id)
                where v.company_id = :companyId and p.deleted_at is null
                order by v.profile_id, v.version desc""")
                .param("companyId", companyId)
                .query(RulesInForce::profileVersion).list();
    }

    /** Every version of a live profile, the newest first; empty when there is none such in the company. */
    List<ProfileVersion> versions(long companyId, long profileId) {
        return jdbc.sql("select " + RulesInForce.PROFILE_COLUMNS + """

                from costsharing_profile_version v
                join costsharing_profile p using (company_id, profile_id)
                where v.company_id = :companyId and v.profile_id = :profileId and p.deleted_at is null
                order by v.version desc""")
                .param("companyId", companyId).param("profileId", profileId)
                .query(RulesInForce::profileVersion).list();
    }

    /** How many subscriptions of the scope have each profile now. */
    Map<Long, Long> subscriptionCounts(AccessScope scope, LocalDate today) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select c.profile_id, count(*) from (" + CURRENT_CHOICES + """
                ) c
                where cast(:accounts as bigint[]) is null or c.customer_account_id = any(:accounts)
                group by c.profile_id""")
                .param("companyId", scope.companyId()).param("today", today)
                .param("accounts", scope.customerAccountsParameter())
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** The company's subscriptions (all customer numbers) that have this profile now. */
    List<Long> subscriptionsWith(long companyId, long profileId, LocalDate today) {
        return jdbc.sql("select c.subscription_id from (" + CURRENT_CHOICES + ") c where c.profile_id = :profileId order by 1")
                .param("companyId", companyId).param("today", today).param("profileId", profileId)
                .query(Long.class).list();
    }

    /** Whether another live profile of the company is now called this (letter case aside). */
    boolean nameTaken(long companyId, String name, Long exceptProfileId) {
        return jdbc.sql("""
                select exists (
                    select 1 from (select distinct on (v.profile_id) v.profile_id, v.name
                                   from costsharing_profile_version v
                                   join costsharing_profile p using (company_id, profile_id)
                                   where v.company_id = :companyId and p.deleted_at is null
                                   order by v.profile_id, v.version desc) latest
                    where lower(latest.name) = lower(:name)
                      and (cast(:except as bigint) is null or latest.profile_id <> :except))""")
                .param("companyId", companyId).param("name", name).param("except", exceptProfileId)
                .query(Boolean.class).single();
    }

    long insertProfile(long companyId, String readyMade, Instant createdAt) {
        return jdbc.sql("""
                insert into costsharing_profile (company_id, ready_made, created_at)
                values (:companyId, :readyMade, :createdAt)
                returning profile_id""")
                .param("companyId", companyId).param("readyMade", readyMade).param("createdAt", Timestamp.from(createdAt))
                .query(Long.class).single();
    }

    /** The ready-made profiles' only version, and the profiles, as created at {@code at} (history seeding). */
    void backdateReadyMade(long companyId, Instant at) {
        jdbc.sql("""
                update costsharing_profile_version v set saved_at = :at
                from costsharing_profile p
                where p.company_id = v.company_id and p.profile_id = v.profile_id and p.company_id = :companyId
                  and p.ready_made is not null and v.version = 1
                  and not exists (select 1 from costsharing_profile_version later
                                  where later.company_id = v.company_id and later.profile_id = v.profile_id and later.version > 1)""")
                .param("companyId", companyId).param("at", Timestamp.from(at)).update();
        jdbc.sql("update costsharing_profile set created_at = least(created_at, :at) where company_id = :companyId and ready_made is not null")
                .param("companyId", companyId).param("at", Timestamp.from(at)).update();
    }

    /** Saves the next version of the profile and returns its number. */
    int insertVersion(long companyId, long profileId, String name, ProfileRules rules, Instant savedAt, String savedBy) {
        return jdbc.sql("""
                insert into costsharing_profile_version (company_id, profile_id, version, saved_at, saved_by, name,
                        content_rule, data_control, auto_extra_package_code, auto_extra_payer, buy_by_salary, buy_by_vipps,
                        traffic_rules, monthly_maximum, free_amount)
                select :companyId, :profileId, coalesce(max(version), 0) + 1, :savedAt, :savedBy, :name,
                       :content, :dataControl, :autoExtra, :payer, :bySalary, :byVipps, :traffic, :maximum, :free
                from costsharing_profile_version where company_id = :companyId and profile_id = :profileId
                returning version""")
                .param("companyId", companyId).param("profileId", profileId).param("savedAt", Timestamp.from(savedAt))
                .param("savedBy", savedBy).param("name", name).param("content", rules.content().name())
                .param("dataControl", rules.dataControl()).param("autoExtra", rules.autoExtraPackageCode())
                .param("payer", rules.autoExtraPayer() == null ? null : rules.autoExtraPayer().name())
                .param("bySalary", rules.buyBySalary()).param("byVipps", rules.buyByVipps())
                .param("traffic", SqlArrays.texts(rules.traffic().stream().map(Enum::name).sorted().toList()))
                .param("maximum", rules.monthlyMaximum()).param("free", rules.freeAmount())
                .query(Integer.class).single();
    }

    /** Whether the profile exists in the company and is not deleted. */
    Optional<String> live(long companyId, long profileId) {
        return jdbc.sql("""
                select coalesce(ready_made, '') from costsharing_profile
                where company_id = :companyId and profile_id = :profileId and deleted_at is null""")
                .param("companyId", companyId).param("profileId", profileId)
                .query(String.class).optional();
    }

    void delete(long companyId, long profileId, Instant at, String by) {
        jdbc.sql("""
                update costsharing_profile set deleted_at = :at, deleted_by = :by
                where company_id = :companyId and profile_id = :profileId and deleted_at is null""")
                .param("companyId", companyId).param("profileId", profileId).param("at", Timestamp.from(at)).param("by", by)
                .update();
    }
}

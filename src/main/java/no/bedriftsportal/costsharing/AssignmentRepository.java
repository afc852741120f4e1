package no.bedriftsportal.costsharing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.SqlArrays;

/**
 * The costsharing_assignment table: one row per choice of a subscription, the latest its current
 * choice (the one in force for a month: {@link RulesInForce#choices}). Also reads the company's live
 * profiles for the choices (the two methods marked so; #14.1's Profiles service may take them over).
 */
@Repository
class AssignmentRepository {

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new choice for each of these subscriptions of the company, at {@code at}, or a microsecond after
     * the subscription's latest choice when that is not earlier (the latest row stays the current one).
     */
    int insert(long companyId, Collection<Long> subscriptionIds, SubscriptionChoice.Choice choice, Long profileId, Instant at,
            String by) {
        return jdbc.sql("""
                insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, profile_id, assigned_by)
                select s.company_id, s.subscription_id,
                       greatest(:at, (select max(a.assigned_at) + interval '1 microsecond' from costsharing_assignment a
                                      where a.company_id = s.company_id and a.subscription_id = s.subscription_id)),
                       :choice, :profileId, :by
                from subscription s
                where s.company_id = :companyId and s.subscription_id = any(:ids)""")
                .param("companyId", companyId).param("ids", SqlArrays.bigints(subscriptionIds))
                .param("at", Timestamp.from(at)).param("choice", choice.name()).param("profileId", profileId)
                .param("by", by)
                .update();
    }

    /** Of these ids, those of subscriptions in the scope (the company's, under a granted customer number). */
    List<Selected> inScope(AccessScope scope, Collection<Long> subscriptionIds) {
        return jdbc.sql("""
                select subscription_id, msisdn, employee_id from subscription
                where company_id = :companyId and subscription_id = any(:ids)
                  and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))
                order by subscription_id""")
                .param("companyId", scope.companyId()).param("ids", SqlArrays.bigints(subscriptionIds))
                .param("accounts", scope.customerAccountsParameter())
                .query((rs, row) -> {
                    long employeeId = rs.getLong("employee_id");
                    return new Selected(rs.getLong("subscription_id"), rs.getString("msisdn"), rs.wasNull() ? null : employeeId);
                }).list();
    }

    /** A subscription chosen for a change, with its number and employee (null when it has none). */
    record Selected(long subscriptionId, String msisdn, Long employeeId) {
    }

    /** The subscription's current choice, if it has one. */
    Optional<SubscriptionChoice> current(long companyId, long subscriptionId) {
        return jdbc.sql("""
                select subscription_id, choice, profile_id, assigned_at, assigned_by from costsharing_assignment
                where company_id = :companyId and subscription_id = :id
                order by assigned_at desc limit 1""")
                .param("companyId", companyId).param("id", subscriptionId)
                .query(RulesInForce::choice).optional();
    }

    /** How many subscriptions in the scope, active on the day, are "NY! (ikke valgt)". */
    long countNew(AccessScope scope, LocalDate day) {
        return jdbc.sql("""
                select count(*) from subscription s
                cross join lateral (select a.choice from costsharing_assignment a
                                    where a.company_id = s.company_id and a.subscription_id = s.subscription_id
                                    order by a.assigned_at desc limit 1) current
                where s.company_id = :companyId
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
                  and s.active_from <= :day and (s.terminated_on is null or s.terminated_on > :day)
                  and current.choice = 'NEW'""")
                .param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter()).param("day", day)
                .query(Long.class).single();
    }
}

package no.bedriftsportal.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;

/**
 * D4: where in the world the company's usage happened (roaming) or went (calls and messages to
 * foreign numbers), from the per-account daily rollup; a country's top users from the
 * per-subscription rollup. Norway itself is not "abroad".
 */
@Component
class WorldUsage {

    private final JdbcClient jdbc;

    WorldUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CountryUsage> countries(AccessScope scope, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                with usage as (
                    select country, coalesce(sum(seconds) filter (where type = 'VOICE'), 0) as voice_seconds,
                           coalesce(sum(quantity) filter (where type in ('SMS', 'MMS')), 0) as messages,
                           sum(bytes) as bytes, sum(amount) as amount
                    from usage_account_daily
                    where company_id = :company and country <> 'NO' and day between :from and :to
                      and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))
                    group by country),
                travellers as (
                    select distinct d.country, d.subscription_id
                    from usage_daily d join subscription s on s.company_id = d.company_id and s.subscription_id = d.subscription_id
                    where d.company_id = :company and d.country <> 'NO' and d.day between :from and :to
                      and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))),
                users as (select country, count(*) as users from travellers group by country)
                select u.country, c.name_nb, c.name_en, u.voice_seconds, u.messages, u.bytes, u.amount,
                       coalesce(users.users, 0) as users
                from usage u join country c on c.iso2 = u.country left join users on users.country = u.country
                order by u.amount desc, u.country""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("from", from).param("to", to)
                .query((rs, n) -> new CountryUsage(rs.getString("country"), rs.getString("name_nb"), rs.getString("name_en"),
                        rs.getLong("voice_seconds"), rs.getLong("messages"), rs.getLong("bytes"), rs.getBigDecimal("amount"),
                        rs.getInt("users")))
                .list();
    }

    /** The users with the highest cost in a country over the period. */
    List<UserCost> topUsers(AccessScope scope, String country, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                with used as (
                    select d.subscription_id, coalesce(sum(d.seconds) filter (where d.type = 'VOICE'), 0) as voice_seconds,
                           coalesce(sum(d.quantity) filter (where d.type in ('SMS', 'MMS')), 0) as messages,
                           sum(d.bytes) as bytes, sum(d.amount) as amount
                    from usage_daily d
                    where d.company_id = :company and d.country = :country and d.country <> 'NO' and d.day between :from and :to
                    group by d.subscription_id)
                select s.subscription_id, s.msisdn, e.name, a.name as department, used.voice_seconds, used.messages, used.bytes,
                       used.amount
                from used
                join subscription s on s.company_id = :company and s.subscription_id = used.subscription_id
                join customer_account a on a.company_id = s.company_id and a.customer_account_id = s.customer_account_id
                left join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
                where cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts)
                order by used.amount desc, s.msisdn limit :limit""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("country", country).param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> new UserCost(rs.getLong("subscription_id"), rs.getString("msisdn"), rs.getString("name"),
                        rs.getString("department"), null, rs.getLong("voice_seconds"), rs.getLong("messages"), rs.getLong("bytes"),
                        rs.getBigDecimal("amount")))
                .list();
    }
}

package no.bedriftsportal.reporting;

/**
 * The building blocks every report's statement starts from, as common table expressions. A
 * report's own select reads the ones it needs; PostgreSQL evaluates none it does not reference.
 * Every one is bound to {@code :company} and starts from {@code subs}, the subscriptions in the
 * user's scope and filter, so no report can read past a grant.
 */
final class ReportSql {

    private ReportSql() {
    }

    /**
     * subs: the subscriptions in scope and filter, with their department (customer number), user
     * (today's holder), plan as of the period's last day and SIM.
     */
    private static final String SUBS = """
            subs as (
                select s.subscription_id, s.employee_id, s.customer_account_id, s.iccid,
                       substr(s.msisdn, 4, 3) || ' ' || substr(s.msisdn, 7, 2) || ' ' || substr(s.msisdn, 9, 3) as number,
                       a.number || ' ' || a.name as department, coalesce(e.name, '') as user_name,
                       coalesce(p.name, '') as product, p.product_group, p.monthly_fee, p.data_package_mb,
                       s.active_from, s.terminated_on
                from subscription s
                join customer_account a on a.company_id = s.company_id and a.customer_account_id = s.customer_account_id
                left join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
                left join lateral (
                    select c.plan_code from subscription_change c
                    where c.company_id = s.company_id and c.subscription_id = s.subscription_id and c.kind = 'PLAN'
                      and c.effective_from <= greatest(:asOf, s.active_from)
                    order by c.effective_from desc limit 1) plan on true
                left join price_plan p on p.code = plan.plan_code
                where s.company_id = :company
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
                  and (cast(:productGroup as text) is null or p.product_group = :productGroup)
                  and (cast(:userLike as text) is null or e.name ilike :userLike or s.msisdn like :numberLike)
                  and (cast(:sim as text) is null or s.iccid like :simLike)
            )""";

    /** A subscription's days of usage_daily as the usage CTE sums them; the day range follows. */
    private static final String DAILY = """
                        select d.subscription_id, d.amount,
                               case when d.category = 'outside_fixed_price' then d.amount else 0 end,
                               case when d.category = 'abroad' then d.amount else 0 end,
                               case when d.type = 'VOICE' then d.amount else 0 end,
                               case when d.type in ('SMS', 'MMS') then d.amount else 0 end,
                               case when d.type = 'DATA' then d.amount else 0 end,
                               case when d.type = 'CONTENT' then d.amount else 0 end,
                               case when d.type = 'VOICE' and d.direction = 'MO' then d.seconds else 0 end,
                               case when d.type = 'VOICE' and d.direction = 'MT' then d.seconds else 0 end,
                               case when d.type in ('SMS', 'MMS') and d.direction = 'MO' then d.quantity else 0 end,
                               case when d.type in ('SMS', 'MMS') and d.direction = 'MT' then d.quantity else 0 end,
                               d.bytes,
                               case when d.data_bucket = 'package' then d.bytes else 0 end,
                               case when d.data_bucket = 'extra_package' then d.bytes else 0 end,
                               case when d.data_bucket = 'outside_package' then d.bytes else 0 end,
                               case when d.data_bucket = 'blocked' then d.bytes else 0 end
                        from usage_daily d
                        where d.company_id = :company and d.subscription_id = s.subscription_id and d.day between""";

    /**
     * usage: each subscription's usage in the days, from usage_subscription_monthly for whole months
     * and usage_daily for the days of a month covered in part (per subscription on its key, a day
     * range at a time, so that PostgreSQL never scans the company's days); amounts by category and
     * traffic type.
     */
    private static final String USAGE = """
            usage as (
                select u.subscription_id, sum(u.amount) as amount, sum(u.outside_fixed) as outside_fixed, sum(u.abroad) as abroad,
                       sum(u.voice) as voice, sum(u.messages) as messages, sum(u.data) as data, sum(u.content) as content,
                       sum(u.voice_seconds) as voice_seconds, sum(u.voice_seconds_received) as voice_seconds_received,
                       sum(u.messages_sent) as messages_sent, sum(u.messages_received) as messages_received,
                       sum(u.data_bytes) as data_bytes, sum(u.bytes_package) as bytes_package,
                       sum(u.bytes_extra_package) as bytes_extra_package, sum(u.bytes_outside_package) as bytes_outside_package,
                       sum(u.bytes_blocked) as bytes_blocked
                from (
                    select m.subscription_id, m.amount, m.amount_outside_fixed as outside_fixed, m.amount_abroad as abroad,
                           m.amount_voice as voice, m.amount_messages as messages, m.amount_data as data,
                           m.amount_content as content, m.voice_seconds, m.voice_seconds_received, m.messages as messages_sent,
                           m.messages_received, m.data_bytes, m.bytes_package, m.bytes_extra_package, m.bytes_outside_package,
                           m.bytes_blocked
                    from subs s
                    join usage_subscription_monthly m on m.company_id = :company and m.subscription_id = s.subscription_id
                    where m.month between :wholeFrom and :wholeTo
                    union all
                    select d.*
                    from subs s
                    cross join lateral (""" + DAILY + " :headFrom and :headTo) d\n" + """
                    union all
                    select d.*
                    from subs s
                    cross join lateral (""" + DAILY + " :tailFrom and :tailTo) d\n" + """
                ) u
                group by u.subscription_id
            )""";

    /**
     * fees: each subscription's monthly fees for the days — billed fees from the fee ledger (pro rata
     * by day where the period cuts a billed stretch), and for a recent month not billed yet, the
     * plan's fee for the active days in the period, as the next invoice will bill it.
     */
    private static final String FEES = """
            fees as (
                select fee.subscription_id, sum(fee.amount) as amount
                from (
                    select f.subscription_id,
                           round(f.amount * (least(f.last_day, :to) - greatest(f.first_day, :from) + 1)
                                 / (f.last_day - f.first_day + 1), 2) as amount
                    from subs s
                    join fee_ledger f on f.company_id = :company and f.subscription_id = s.subscription_id
                    where f.first_day <= :to and f.last_day >= :from
                    union all
                    select s.subscription_id,
                           round(s.monthly_fee * (least(m.last_day, :to, coalesce(s.terminated_on - 1, m.last_day))
                                 - greatest(m.first_day, :from, s.active_from) + 1) / (m.last_day - m.first_day + 1), 2)
                    from subs s
                    cross join (select g::date as first_day, (g + interval '1 month' - interval '1 day')::date as last_day
                                from generate_series(cast(:estFrom as date), cast(:estTo as date), interval '1 month') g) m
                    where s.monthly_fee is not null
                      and greatest(m.first_day, :from, s.active_from) <= least(m.last_day, :to, coalesce(s.terminated_on - 1, m.last_day))
                      and not exists (select 1 from fee_ledger f
                                      where f.company_id = :company and f.subscription_id = s.subscription_id
                                        and f.month = m.first_day)
                ) fee
                group by fee.subscription_id
            )""";

    /** extras: the extra packages the company paid for, bought in the days (the employee's own are theirs). */
    private static final String EXTRAS = """
            extras as (
                select x.subscription_id, sum(x.price) as price, count(*) as packages
                from subs s
                join extra_package_purchase x on x.company_id = :company and x.subscription_id = s.subscription_id
                where x.payer = 'COMPANY' and x.bought_at >= :fromTs and x.bought_at < :toTs
                group by x.subscription_id
            )""";

    /**
     * lines: the lines of the period's invoices, as the invoice has them (number, user), with the
     * invoice's customer number as department. A filter on the subscription (product group, user,
     * SIM) keeps the lines of the subscriptions it finds; without one every line is read, so the
     * lines add up to the invoices.
     */
    private static final String LINES = """
            lines as (
                select l.invoice_id, i.number as invoice_number, l.line_number, l.subscription_id, l.kind, l.description,
                       l.period_start, l.period_end, l.quantity, l.unit, l.amount_excl_vat, l.vat_rate,
                       a.number || ' ' || a.name as department,
                       coalesce(substr(l.msisdn, 4, 3) || ' ' || substr(l.msisdn, 7, 2) || ' ' || substr(l.msisdn, 9, 3), '') as number,
                       coalesce(l.user_name, '') as user_name, coalesce(s.product, '') as product,
                       coalesce(s.iccid, '') as sim
                from invoice i
                join customer_account a on a.company_id = i.company_id and a.customer_account_id = i.customer_account_id
                join invoice_line l on l.company_id = i.company_id and l.invoice_id = i.invoice_id
                left join subs s on s.subscription_id = l.subscription_id
                where i.company_id = :company and i.invoice_id = any(:invoices)
                  and (cast(:accounts as bigint[]) is null or i.customer_account_id = any(:accounts))
                  and (not :narrowed or s.subscription_id is not null)
            )""";

    /** The common table expressions, ready to follow {@code with}. */
    static final String COMMON = String.join(",\n", SUBS, USAGE, FEES, EXTRAS, LINES);
}

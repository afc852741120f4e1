-- usage: the dashboard's rollups measured at 2,000 subscriptions × 36 months (mvn -Pbenchmark-dashboard):
-- a period across every customer number read usage_account_daily whole (its key starts with the
-- customer number), and 36 months of costs summed 220,000 rows.

-- a company's days across its customer numbers, answered from the index alone (D1, D4)
create index usage_account_daily_day_idx on usage_account_daily (company_id, day)
    include (customer_account_id, type, direction, category, data_bucket, cost_group, country, seconds, bytes, quantity, amount);

-- per customer number and month: the cost development (D2), 30 times fewer rows than per day
create table usage_account_monthly (
    company_id           bigint        not null,
    customer_account_id  bigint        not null,
    month                date          not null check (extract(day from month) = 1),
    type                 text          not null,
    direction            text          not null,
    category             text          not null,
    data_bucket          text          not null,
    cost_group           text          not null,
    country              char(2)       not null,
    events               bigint        not null,
    seconds              bigint        not null,
    bytes                bigint        not null,
    quantity             bigint        not null,
    amount               numeric(14,2) not null,
    primary key (company_id, month, customer_account_id, type, direction, category, data_bucket, cost_group, country)
);

insert into usage_account_monthly
select company_id, customer_account_id, date_trunc('month', day)::date, type, direction, category, data_bucket, cost_group,
       country, sum(events), sum(seconds), sum(bytes), sum(quantity), sum(amount)
from usage_account_daily
group by 1, 2, 3, 4, 5, 6, 7, 8, 9;

-- the days abroad of a company, answered from the index alone: a period's countries and users
-- (D4's map) and a country's top users; replaces the index led by the country
drop index usage_daily_abroad_idx;
create index usage_daily_abroad_idx on usage_daily (company_id, day)
    include (country, subscription_id, type, seconds, quantity, bytes, amount) where country <> 'NO';

-- one country's days abroad: its top users
create index usage_daily_country_idx on usage_daily (company_id, country, day)
    include (subscription_id, type, seconds, quantity, bytes, amount) where country <> 'NO';

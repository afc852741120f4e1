-- usage: the coarser rollups the dashboard reads (ARCHITECTURE.md "Data rules"), kept in step
-- with usage_daily by every load.

-- per customer number and day: totals, trends, the split within / outside fixed price / abroad,
-- and the world map (country as in usage_daily)
create table usage_account_daily (
    company_id           bigint        not null,
    customer_account_id  bigint        not null,
    day                  date          not null,
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
    primary key (company_id, customer_account_id, day, type, direction, category, data_bucket, cost_group, country)
);

-- per subscription and month: the user lists (D5, D6, D7)
create table usage_subscription_monthly (
    company_id               bigint        not null,
    subscription_id          bigint        not null,
    month                    date          not null check (extract(day from month) = 1),
    customer_account_id      bigint        not null,
    voice_seconds            bigint        not null, -- calls made
    voice_seconds_received   bigint        not null,
    messages                 bigint        not null, -- SMS and MMS sent
    messages_received        bigint        not null,
    data_bytes               bigint        not null,
    bytes_package            bigint        not null,
    bytes_extra_package      bigint        not null,
    bytes_outside_package    bigint        not null,
    bytes_blocked            bigint        not null,
    amount                   numeric(14,2) not null,
    amount_outside_fixed     numeric(14,2) not null,
    amount_abroad            numeric(14,2) not null,
    primary key (company_id, subscription_id, month)
);
create index usage_subscription_monthly_month_idx on usage_subscription_monthly (company_id, month);

-- one country's users over a period (the map's click)
create index usage_daily_abroad_idx on usage_daily (company_id, country, day) where country <> 'NO';

-- fill both from the usage loaded before this migration (the same sums every load adds)
insert into usage_account_daily
select d.company_id, s.customer_account_id, d.day, d.type, d.direction, d.category, d.data_bucket, d.cost_group,
       d.country, sum(d.events), sum(d.seconds), sum(d.bytes), sum(d.quantity), sum(d.amount)
from usage_daily d join subscription s on s.company_id = d.company_id and s.subscription_id = d.subscription_id
group by 1, 2, 3, 4, 5, 6, 7, 8, 9;

insert into usage_subscription_monthly
select d.company_id, d.subscription_id, date_trunc('month', d.day)::date, s.customer_account_id,
       coalesce(sum(d.seconds) filter (where d.type = 'VOICE' and d.direction = 'MO'), 0),
       coalesce(sum(d.seconds) filter (where d.type = 'VOICE' and d.direction = 'MT'), 0),
       coalesce(sum(d.quantity) filter (where d.type in ('SMS', 'MMS') and d.direction = 'MO'), 0),
       coalesce(sum(d.quantity) filter (where d.type in ('SMS', 'MMS') and d.direction = 'MT'), 0),
       sum(d.bytes),
       coalesce(sum(d.bytes) filter (where d.data_bucket = 'package'), 0),
       coalesce(sum(d.bytes) filter (where d.data_bucket = 'extra_package'), 0),
       coalesce(sum(d.bytes) filter (where d.data_bucket = 'outside_package'), 0),
       coalesce(sum(d.bytes) filter (where d.data_bucket = 'blocked'), 0),
       sum(d.amount),
       coalesce(sum(d.amount) filter (where d.category = 'outside_fixed_price'), 0),
       coalesce(sum(d.amount) filter (where d.category = 'abroad'), 0)
from usage_daily d join subscription s on s.company_id = d.company_id and s.subscription_id = d.subscription_id
group by 1, 2, 3, 4;

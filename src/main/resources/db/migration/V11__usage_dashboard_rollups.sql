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

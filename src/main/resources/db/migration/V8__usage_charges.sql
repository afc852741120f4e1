-- usage: what each file added to each subscription's bill, by month and kind, so that the
-- invoice run can take exactly the usage not yet invoiced (late usage goes on the next invoice).
create table usage_charge (
    company_id       bigint        not null,
    cdr_file_id      bigint        not null,
    subscription_id  bigint        not null,
    month            date          not null check (extract(day from month) = 1),
    charge_kind      text          not null, -- CALL, CALL_INTERNATIONAL, CALL_ROAMING, DATA_OUTSIDE … (UsageCharges)
    zone             text          not null,
    vat_rate         smallint      not null,
    provider         text          not null, -- content services; '' otherwise
    first_day        date          not null,
    last_day         date          not null,
    events           bigint        not null,
    seconds          bigint        not null,
    bytes            bigint        not null,
    quantity         bigint        not null,
    amount           numeric(14,2) not null,
    primary key (company_id, cdr_file_id, subscription_id, month, charge_kind, zone, vat_rate, provider)
);
create index usage_charge_subscription_idx on usage_charge (company_id, subscription_id, month);

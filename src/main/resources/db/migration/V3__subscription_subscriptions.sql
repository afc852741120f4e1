-- subscription: mobile lines (MSISDN) under a customer number, and the dated history of their terms.
-- A subscription is active on the days [active_from, terminated_on) in Europe/Oslo.

create table subscription (
    company_id           bigint not null references company,
    subscription_id      bigint generated always as identity,
    msisdn               text   not null check (msisdn ~ '^\+47[49][0-9]{7}$'),
    customer_account_id  bigint not null,
    employee_id          bigint,
    active_from          date   not null,
    terminated_on        date,
    created_at           timestamptz not null default now(),
    primary key (company_id, subscription_id),
    foreign key (company_id, customer_account_id) references customer_account,
    foreign key (company_id, employee_id) references employee,
    check (terminated_on is null or terminated_on > active_from)
);
-- the usage feed and login look subscriptions up by number across companies
create index subscription_msisdn_idx on subscription (msisdn, active_from);
create index subscription_account_idx on subscription (company_id, customer_account_id);

-- what the CRM changed and from which day; the terms on a day are the latest change of each kind
-- with effective_from on or before that day
create table subscription_change (
    company_id               bigint not null,
    subscription_id          bigint not null,
    kind                     text   not null check (kind in ('PLAN', 'DATA_CONTROL', 'AUTO_EXTRA_PACKAGE')),
    effective_from           date   not null,
    plan_code                text references price_plan,
    data_control             boolean,
    auto_extra_package_code  text references extra_package,
    recorded_at              timestamptz not null default now(),
    primary key (company_id, subscription_id, kind, effective_from),
    foreign key (company_id, subscription_id) references subscription,
    check (kind <> 'PLAN' or plan_code is not null),
    check (kind <> 'DATA_CONTROL' or data_control is not null)
);

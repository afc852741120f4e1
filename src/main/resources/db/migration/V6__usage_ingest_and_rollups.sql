-- usage: the operator's mediation inside our system. Files in (a ledger), rated events out
-- (monthly partitions), daily rollups kept in step, and the per-month data accounting.

-- The file ledger: a file is identified by its content; the same file again changes nothing.
-- Operator-side tables (a file holds many companies' records): not tenant tables.
create table cdr_file (
    cdr_file_id   bigint generated always as identity primary key,
    sha256        char(64)    not null,
    name          text        not null,
    source        text        not null check (source in ('SPOOL', 'UPLOAD', 'DEMO')),
    received_at   timestamptz not null,
    processed_at  timestamptz not null,
    records       int         not null,
    rated         int         not null,
    duplicate     int         not null,
    rejected      int         not null,
    check (records = rated + duplicate + rejected)
);
create unique index cdr_file_sha256_key on cdr_file (sha256);

create table cdr_rejection (
    cdr_file_id  bigint not null references cdr_file,
    line_number  int    not null,
    cdr_id       text,
    reason       text   not null,
    raw_line     text   not null,
    primary key (cdr_file_id, line_number)
);

-- Every cdr_id that was rated: a record whose id is here is a duplicate, never rated twice.
create table cdr_seen (
    cdr_id       text   primary key,
    cdr_file_id  bigint not null,
    line_number  int    not null
);

-- Rated events, one row per piece (a data record crossing a package end is split).
-- Range-partitioned by month in Europe/Oslo; the retention job drops old partitions.
-- Append-only, with no unique key: cdr_seen makes sure a record is rated once. Each file's
-- rows are loaded sorted by company, subscription and time, so a BRIN index finds one
-- subscription's events at almost no cost to the load (docs/adr/0004-usage-ingest.md).
create table usage_event (
    company_id           bigint        not null,
    subscription_id      bigint        not null,
    start_time           timestamptz   not null,
    cdr_id               text          not null,
    piece                smallint      not null,
    type                 text          not null,
    direction            text,
    category             text          not null,
    data_bucket          text,
    cost_group           text          not null,
    zone                 text          not null,
    country              char(2)       not null,
    destination_country  char(2),
    other_party          text,
    seconds              bigint        not null,
    bytes                bigint        not null,
    quantity             int           not null,
    amount               numeric(14,2) not null,
    vat_rate             smallint      not null,
    content_service      boolean       not null,
    provider             text,
    description          text,
    cdr_file_id          bigint        not null
) partition by range (start_time);
create index usage_event_subscription_brin on usage_event
    using brin (company_id, subscription_id, start_time) with (pages_per_range = 16);

-- Rolled up per subscription and day (Europe/Oslo) in the same transaction as every load.
-- country: where it happened when abroad, the destination for a call or message to a foreign
-- number from home, else NO. data_bucket and direction are '' where they do not apply.
create table usage_daily (
    company_id       bigint        not null,
    subscription_id  bigint        not null,
    day              date          not null,
    type             text          not null,
    direction        text          not null,
    category         text          not null,
    data_bucket      text          not null,
    cost_group       text          not null,
    country          char(2)       not null,
    vat_rate         smallint      not null,
    events           bigint        not null,
    seconds          bigint        not null,
    bytes            bigint        not null,
    quantity         bigint        not null,
    amount           numeric(14,2) not null,
    primary key (company_id, subscription_id, day, type, direction, category, data_bucket, cost_group, country, vat_rate)
);

-- Extra data packages: bought by the operator's CRM, automatically when the data runs out, or
-- (later) by the employee. used_bytes is their consumption so far, in arrival order.
create table extra_package_purchase (
    company_id                 bigint        not null,
    extra_package_purchase_id  bigint generated always as identity,
    subscription_id            bigint        not null,
    month                      date          not null check (extract(day from month) = 1),
    code                       text          not null references extra_package,
    size_bytes                 bigint        not null check (size_bytes > 0),
    price                      numeric(14,2) not null,
    payer                      text          not null check (payer in ('COMPANY', 'SALARY', 'VIPPS')),
    bought_at                  timestamptz   not null,
    source                     text          not null check (source in ('OPERATOR', 'AUTOMATIC', 'EMPLOYEE')),
    used_bytes                 bigint        not null default 0 check (used_bytes between 0 and size_bytes),
    primary key (company_id, extra_package_purchase_id),
    foreign key (company_id, subscription_id) references subscription
);
create index extra_package_purchase_month_idx on extra_package_purchase (company_id, subscription_id, month, bought_at);

-- How much of the month's package a subscription has used, and whether data is blocked now.
create table data_allowance (
    company_id          bigint      not null,
    subscription_id     bigint      not null,
    month               date        not null check (extract(day from month) = 1),
    package_used_bytes  bigint      not null,
    blocked_at          timestamptz,
    primary key (company_id, subscription_id, month),
    foreign key (company_id, subscription_id) references subscription
);

-- Every Datakontroll block, with its time; the employee is told by SMS.
create table data_block (
    company_id       bigint      not null,
    data_block_id    bigint generated always as identity,
    subscription_id  bigint      not null,
    blocked_at       timestamptz not null,
    cdr_file_id      bigint      not null,
    primary key (company_id, data_block_id),
    foreign key (company_id, subscription_id) references subscription
);

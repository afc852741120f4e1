-- customer: companies (the tenants), their customer numbers (invoice accounts) and employees.
-- Every tenant table carries company_id first in its primary key and in every unique key,
-- so the schema can be distributed by company_id (see docs/adr/0002-tenant-keys.md).

create table company (
    company_id     bigint generated always as identity primary key,
    org_number     char(9)     not null check (org_number ~ '^[0-9]{9}$'),
    name           text        not null check (length(name) between 1 and 200),
    address_line   text,
    postal_code    text check (postal_code ~ '^[0-9]{4}$'),
    city           text,
    invoice_email  text,
    created_at     timestamptz not null default now()
);
-- company is the tenant root: a small reference table, replicated to every node when distributed
create unique index company_org_number_key on company (org_number);

-- customer numbers are unique across the operator; they come from this sequence unless the CRM sends one
create sequence customer_number_seq start with 10000001;

create table customer_account (
    company_id           bigint not null references company,
    customer_account_id  bigint generated always as identity,
    number               text   not null check (number ~ '^[0-9]{4,12}$'),
    name                 text   not null check (length(name) between 1 and 100),
    created_at           timestamptz not null default now(),
    primary key (company_id, customer_account_id),
    unique (company_id, number)
);
create index customer_account_number_idx on customer_account (number);

create table employee (
    company_id       bigint not null references company,
    employee_id      bigint generated always as identity,
    name             text   not null check (length(name) between 1 and 200),
    email            text,
    employee_number  text,
    pay_type         text,
    created_at       timestamptz not null default now(),
    primary key (company_id, employee_id),
    unique (company_id, employee_number)
);

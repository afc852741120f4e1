-- insights (#18.3, X3): monthly budgets per department (customer number) and per user (subscription), NOK excl. VAT.
-- A budget set for a month holds for that month and every later one until it is changed: the budget of a month is
-- the row with the latest from_month on or before it; an amount of null ends the budget from that month.
-- docs/adr/0029-budgets-and-forecast.md

create table budget (
    company_id           bigint        not null references company,
    budget_id            bigint        generated always as identity,
    customer_account_id  bigint        not null,                   -- the department, also of a user's budget
    subscription_id      bigint,                                   -- null: the department's budget
    from_month           date          not null check (extract(day from from_month) = 1),
    amount               numeric(14,2) check (amount >= 0 and amount <= 100000000),
    set_by               text          not null check (char_length(set_by) between 1 and 200),
    set_at               timestamptz   not null,
    primary key (company_id, budget_id),
    foreign key (company_id, customer_account_id) references customer_account,
    foreign key (company_id, subscription_id) references subscription
);
create unique index budget_department_key on budget (company_id, customer_account_id, from_month) where subscription_id is null;
create unique index budget_user_key on budget (company_id, subscription_id, from_month) where subscription_id is not null;

alter table budget enable row level security;
create policy company_rows on budget
    using (company_id = nullif(current_setting('portal.company_id', true), '')::bigint)
    with check (company_id = nullif(current_setting('portal.company_id', true), '')::bigint);

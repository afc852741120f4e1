-- alerts (#18.2, SPEC X2, ADR 0028): a company's alert rules, and each alert once per occurrence. An alert is keyed
-- by (company, kind, subject, period): the database refuses a second one for the same user and period, so
-- re-ingesting a file or a second file the same day never sends it again.

-- a rule per kind; a company without a row for a kind has the kind's defaults (AlertKind)
create table alert_rule (
    company_id        bigint        not null references company,
    kind              text          not null check (kind ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    enabled           boolean       not null,
    threshold_amount  numeric(14,2) check (threshold_amount between 0 and 1000000),
    threshold_factor  numeric(6,2)  check (threshold_factor between 1 and 100),
    threshold_days    int           check (threshold_days between 0 and 365),
    by_email          boolean       not null,
    by_sms            boolean       not null,
    to_employee       boolean       not null,                  -- the subscription's user too
    recipients        bigint[]      not null,                  -- portal_user ids; empty: the company's super users
    changed_by        text          not null check (char_length(changed_by) between 1 and 200),
    changed_at        timestamptz   not null,
    primary key (company_id, kind)
);

create table alert (
    company_id           bigint        not null references company,
    alert_id             bigint        generated always as identity,
    kind                 text          not null check (kind ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    subject              text          not null check (char_length(subject) between 1 and 40), -- 's:<subscription>' or 'i:<invoice>'
    period               text          not null check (char_length(period) between 4 and 20),  -- a day, a month or an invoice number
    subscription_id      bigint,
    customer_account_id  bigint,
    invoice_id           bigint,
    occurred_on          date          not null,                 -- the day, the month's first day, the due day
    amount               numeric(14,2),                          -- what was spent, used (percent) or owed
    reference            numeric(14,2),                          -- what it is measured against: the threshold, the normal
    state                text          not null default 'NEW' check (state in ('NEW', 'SEEN', 'CLOSED')),
    created_at           timestamptz   not null,
    notified             boolean       not null,                 -- false: of an earlier period (history), nobody told
    state_changed_by     text          check (char_length(state_changed_by) <= 200),
    state_changed_at     timestamptz,
    primary key (company_id, alert_id),
    unique (company_id, kind, subject, period),
    foreign key (company_id, subscription_id) references subscription,
    foreign key (company_id, customer_account_id) references customer_account,
    foreign key (company_id, invoice_id) references invoice
);
create index alert_list_idx on alert (company_id, state, created_at desc);

-- the second wall (ADR 0010), as V20 set it for every table with company_id
do $$
declare
    t text;
begin
    foreach t in array array['alert_rule', 'alert']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy company_rows on %I '
                       'using (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint) '
                       'with check (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint)', t);
    end loop;
end
$$;

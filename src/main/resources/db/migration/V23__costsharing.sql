-- costsharing (Fakturakontroll, issue #14, product/COST-SHARING.md): profiles and their versions,
-- the company's settings, which profile each subscription has, the employees' salary-deduction
-- agreements and opening balances, content-service classifications, and the monthly results.
-- "Who pays" rules apply per usage month M: the version in force is the last one saved before the
-- 1st of M+1, 00:00 Oslo; so every table that holds such a rule keeps every saved version.

-- The company's settings used by the rules, one row per save. working_hours: a JSON object from
-- ISO weekday ("1" = Monday … "7") to {"from": "08:00", "to": "16:00"}; a weekday missing is closed.
-- closed_days: a JSON array of "MM-DD" strings the company treats as closed every year (e.g. "12-24").
create table costsharing_settings_version (
    company_id            bigint        not null references company,
    version               int           not null check (version > 0),
    saved_at              timestamptz   not null,
    saved_by              text          not null check (char_length(saved_by) between 1 and 200),
    content_deadline_day  smallint      not null check (content_deadline_day between 1 and 28),
    unclassified_as       text          not null check (unclassified_as in ('PRIVATE', 'WORK')),
    deduction_pay_type    text          check (char_length(deduction_pay_type) between 1 and 20),
    benefit_pay_type      text          check (char_length(benefit_pay_type) between 1 and 20),
    working_hours         jsonb         not null,
    closed_days           jsonb         not null default '[]',
    primary key (company_id, version)
);

create table costsharing_profile (
    company_id   bigint      not null references company,
    profile_id   bigint      generated always as identity,
    ready_made   text        check (ready_made in ('STANDARD', 'PRIVATE_USE')),
    created_at   timestamptz not null,
    deleted_at   timestamptz,
    deleted_by   text,
    primary key (company_id, profile_id)
);

-- Every save of a profile; the name is part of the version (a renamed profile keeps its history).
create table costsharing_profile_version (
    company_id               bigint        not null,
    profile_id               bigint        not null,
    version                  int           not null check (version > 0),
    saved_at                 timestamptz   not null,
    saved_by                 text          not null check (char_length(saved_by) between 1 and 200),
    name                     text          not null check (char_length(name) between 1 and 60),
    content_rule             text          not null check (content_rule in ('BENEFIT', 'DEDUCT_ABOVE_THRESHOLD', 'DEDUCT_ALL_PRIVATE')),
    data_control             boolean       not null,
    auto_extra_package_code  text          references extra_package,
    auto_extra_payer         text          check (auto_extra_payer in ('COMPANY', 'SALARY')),
    buy_by_salary            boolean       not null,
    buy_by_vipps             boolean       not null,
    traffic_rules            text[]        not null default '{}',
    monthly_maximum          numeric(14,2) check (monthly_maximum >= 0),
    free_amount              numeric(14,2) not null default 0 check (free_amount >= 0),
    primary key (company_id, profile_id, version),
    foreign key (company_id, profile_id) references costsharing_profile,
    check ((auto_extra_package_code is null) = (auto_extra_payer is null)),
    check (traffic_rules <@ array['DATA_WITHOUT_PACKAGE', 'OUTSIDE_FIXED_PRICE', 'ABROAD', 'OUTSIDE_WORKING_HOURS'])
);

-- Which profile a subscription has, one row per choice: PROFILE (profile_id set), NO_PROFILE
-- (not used privately: nothing computed) or NEW ("NY! (ikke valgt)": nothing computed, flagged).
create table costsharing_assignment (
    company_id       bigint      not null,
    subscription_id  bigint      not null,
    assigned_at      timestamptz not null,
    choice           text        not null check (choice in ('PROFILE', 'NO_PROFILE', 'NEW')),
    profile_id       bigint,
    assigned_by      text        not null check (char_length(assigned_by) between 1 and 200),
    primary key (company_id, subscription_id, assigned_at),
    foreign key (company_id, subscription_id) references subscription,
    foreign key (company_id, profile_id) references costsharing_profile,
    check ((choice = 'PROFILE') = (profile_id is not null))
);
create index costsharing_assignment_profile_idx on costsharing_assignment (company_id, profile_id);

-- The written salary-deduction agreement (arbeidsmiljøloven § 14-15), one per employee; a
-- scanned copy may be attached.
create table salary_deduction_agreement (
    company_id    bigint      not null,
    employee_id   bigint      not null,
    signed_on     date        not null,
    recorded_at   timestamptz not null,
    recorded_by   text        not null check (char_length(recorded_by) between 1 and 200),
    file_name     text        check (char_length(file_name) between 1 and 200),
    file_type     text        check (char_length(file_type) between 1 and 100),
    file_content  bytea       check (octet_length(file_content) <= 5242880),
    primary key (company_id, employee_id),
    foreign key (company_id, employee_id) references employee,
    check ((file_name is null) = (file_content is null))
);

-- Private content purchases earlier in a year, for a company that starts mid-year.
create table content_opening_balance (
    company_id   bigint        not null,
    employee_id  bigint        not null,
    year         smallint      not null check (year between 2000 and 2999),
    amount       numeric(14,2) not null check (amount >= 0),
    recorded_at  timestamptz   not null,
    recorded_by  text          not null check (char_length(recorded_by) between 1 and 200),
    primary key (company_id, employee_id, year),
    foreign key (company_id, employee_id) references employee
);

-- How a content-service purchase (a rated piece of a usage_event) was classified, and by whom.
-- No row: unclassified (counted as the company's setting says once the deadline has passed).
create table content_classification (
    company_id       bigint      not null,
    cdr_id           text        not null,
    piece            smallint    not null,
    subscription_id  bigint      not null,
    start_time       timestamptz not null,
    classification   text        not null check (classification in ('WORK', 'PRIVATE')),
    classified_at    timestamptz not null,
    classified_by    text        not null check (classified_by in ('ADMIN', 'EMPLOYEE')),
    classified_by_name text      not null check (char_length(classified_by_name) between 1 and 200),
    primary key (company_id, cdr_id, piece),
    foreign key (company_id, subscription_id) references subscription
);
create index content_classification_month_idx on content_classification (company_id, subscription_id, start_time);

-- The result of one employee and usage month: preliminary from the invoice run until the content
-- deadline, then final (only final results go to payroll). Replaced whole while preliminary.
create table costsharing_result (
    company_id          bigint        not null,
    employee_id         bigint        not null,
    month               date          not null check (extract(day from month) = 1),
    status              text          not null check (status in ('PRELIMINARY', 'FINAL')),
    computed_at         timestamptz   not null,
    agreement_signed_on date,
    deduction           numeric(14,2) not null,
    benefit             numeric(14,2) not null,
    not_deducted        numeric(14,2) not null,
    primary key (company_id, employee_id, month),
    foreign key (company_id, employee_id) references employee
);
create index costsharing_result_month_idx on costsharing_result (company_id, month);

-- The lines of a result: what each rule put there. treatment: DEDUCTION, BENEFIT, NOT_DEDUCTED
-- (a deduction without an agreement, left with the company) or INFO (a step shown, e.g. the free
-- amount). corrects_month: set on a correction of an earlier, final month.
create table costsharing_result_line (
    company_id       bigint        not null,
    employee_id      bigint        not null,
    month            date          not null,
    line_number      int           not null,
    kind             text          not null,
    treatment        text          not null check (treatment in ('DEDUCTION', 'BENEFIT', 'NOT_DEDUCTED', 'INFO')),
    subscription_id  bigint,
    masked_msisdn    text,
    profile_id       bigint,
    profile_version  int,
    profile_name     text,
    rule             text,
    amount           numeric(14,2) not null,
    corrects_month   date,
    primary key (company_id, employee_id, month, line_number),
    foreign key (company_id, employee_id, month) references costsharing_result on delete cascade
);

-- The rated pieces under a line: never who was called (other party masked).
create table costsharing_result_event (
    company_id       bigint        not null,
    employee_id      bigint        not null,
    month            date          not null,
    line_number      int           not null,
    cdr_id           text          not null,
    piece            smallint      not null,
    start_time       timestamptz   not null,
    description      text          not null,
    gross            numeric(14,2) not null,
    primary key (company_id, employee_id, month, line_number, cdr_id, piece),
    foreign key (company_id, employee_id, month, line_number) references costsharing_result_line on delete cascade
);

-- The second wall (ADR 0010), as V20 set it for every table with company_id.
do $$
declare
    t text;
begin
    foreach t in array array['costsharing_settings_version', 'costsharing_profile', 'costsharing_profile_version',
            'costsharing_assignment', 'salary_deduction_agreement', 'content_opening_balance', 'content_classification',
            'costsharing_result', 'costsharing_result_line', 'costsharing_result_event']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy company_rows on %I '
                       'using (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint) '
                       'with check (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint)', t);
    end loop;
end
$$;

-- Subscriptions that exist now start as "NY! (ikke valgt)", like every new one.
insert into costsharing_assignment (company_id, subscription_id, assigned_at, choice, assigned_by)
select company_id, subscription_id, created_at, 'NEW', 'system' from subscription;

-- Every company has the two ready-made profiles (COST-SHARING.md); a company registered later gets
-- them when it registers.
with made as (
    insert into costsharing_profile (company_id, ready_made, created_at)
    select company_id, kind, created_at from company cross join (values ('STANDARD'), ('PRIVATE_USE')) as k(kind)
    returning company_id, profile_id, ready_made, created_at)
insert into costsharing_profile_version (company_id, profile_id, version, saved_at, saved_by, name, content_rule,
        data_control, buy_by_salary, buy_by_vipps, traffic_rules, free_amount)
select company_id, profile_id, 1, created_at, 'system',
       case ready_made when 'STANDARD' then 'Standard' else 'Privat bruk betales selv' end,
       case ready_made when 'STANDARD' then 'DEDUCT_ABOVE_THRESHOLD' else 'DEDUCT_ALL_PRIVATE' end,
       false, true, ready_made = 'PRIVATE_USE',
       case ready_made when 'STANDARD' then '{}'::text[] else array['ABROAD', 'OUTSIDE_WORKING_HOURS'] end,
       case ready_made when 'STANDARD' then 0 else 100.00 end
from made;

-- reporting (#16.6, R4, ADR 0022): saved reports, their schedules, the claimed runs of a schedule (its send log),
-- and the domains a company's reports may be sent to.

-- a report as a user saved it: the catalogue's code and the page's query, read back by ReportRequest.parse
create table saved_report (
    company_id       bigint      not null references company,
    saved_report_id  bigint      generated always as identity,
    owner_id         bigint      not null,   -- the portal user who saved it (no foreign key: a removed owner pauses its schedule)
    name             text        not null check (char_length(name) between 1 and 100),
    kind             text        not null check (kind ~ '^[a-z][a-z-]{1,59}$'),
    query            text        not null check (char_length(query) <= 2000),
    format           text        not null check (format in ('EXCEL', 'CSV', 'PDF')),
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    primary key (company_id, saved_report_id),
    unique (company_id, owner_id, name)
);

-- at most one schedule per saved report; it runs with the saved report's owner's grants as they are at each run
create table report_schedule (
    company_id       bigint      not null,
    schedule_id      bigint      generated always as identity,
    saved_report_id  bigint      not null,
    cadence          text        not null check (cadence in ('AFTER_INVOICE', 'WEEKLY', 'MONTHLY')),
    weekday          smallint    check (weekday between 1 and 7),         -- WEEKLY: ISO day of week
    day_of_month     smallint    check (day_of_month between 1 and 31),   -- MONTHLY: past a short month's end, its last day
    time_of_day      time        not null,                                -- Oslo time
    format           text        not null check (format in ('EXCEL', 'CSV', 'PDF')),
    recipients       text[]      not null check (cardinality(recipients) between 1 and 20),
    message          text        check (char_length(message) <= 1000),
    enabled          boolean     not null,
    paused_reason    text,                                               -- set by the runner: the owner has no access any more
    active_from      timestamptz not null,                               -- occurrences due before it are not sent
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    primary key (company_id, schedule_id),
    unique (company_id, saved_report_id),
    foreign key (company_id, saved_report_id) references saved_report on delete cascade,
    check ((cadence = 'WEEKLY') = (weekday is not null)),
    check ((cadence = 'MONTHLY') = (day_of_month is not null))
);

-- one row per occurrence of a schedule: inserting it claims the run (insert … on conflict do nothing), so an
-- occurrence is sent once however many ticks or nodes see it due
create table report_schedule_run (
    company_id          bigint      not null,
    schedule_id         bigint      not null,
    occurrence          text        not null check (char_length(occurrence) <= 40),  -- 2026-12-07, invoice-run:2026-11
    due_at              timestamptz not null,
    ran_at              timestamptz not null,
    status              text        not null check (status in ('QUEUED', 'FAILED')),
    recipients          text[]      not null,
    rows                bigint,
    size_bytes          bigint,
    mail_ids            bigint[]    not null default '{}',
    error               text,
    failure_reported_at timestamptz,                                      -- the owner was told a mail of the run was given up
    primary key (company_id, schedule_id, occurrence),
    foreign key (company_id, schedule_id) references report_schedule on delete cascade
);
create index report_schedule_run_watch_idx on report_schedule_run (ran_at) where failure_reported_at is null and status = 'QUEUED';

-- where a company's reports may go: addresses at these domains (none: the domains of its employees' addresses)
create table report_recipient_domain (
    company_id  bigint not null references company,
    domain      text   not null check (domain ~ '^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$' and domain like '%.%'),
    primary key (company_id, domain)
);

-- the second wall (ADR 0010), as V20 set it for every table with company_id
do $$
declare
    t text;
begin
    foreach t in array array['saved_report', 'report_schedule', 'report_schedule_run', 'report_recipient_domain']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy company_rows on %I '
                       'using (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint) '
                       'with check (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint)', t);
    end loop;
end
$$;

-- #15.4 Notices of content purchases to classify (IC6): the channels each employee is told by, the
-- company's own words added to every notice, and every notice and reminder sent.

-- An employee without a row is told by SMS, and by e-mail when they have an address.
create table costsharing_notice_channel (
    company_id   bigint      not null,
    employee_id  bigint      not null,
    sms          boolean     not null,
    email        boolean     not null,
    changed_at   timestamptz not null,
    changed_by   text        not null,
    primary key (company_id, employee_id),
    foreign key (company_id, employee_id) references employee
);

create table costsharing_notice_text (
    company_id   bigint      not null references company,
    free_text    text        not null check (length(free_text) <= 300),
    changed_at   timestamptz not null,
    changed_by   text        not null,
    primary key (company_id)
);

-- One NOTICE per employee and usage month (after the invoice run); as many REMINDERs as the administrator sends.
create table costsharing_notice (
    company_id   bigint      not null,
    employee_id  bigint      not null,
    month        date        not null check (extract(day from month) = 1),
    kind         text        not null check (kind in ('NOTICE', 'REMINDER')),
    sent_at      timestamptz not null,
    by_sms       boolean     not null,
    by_email     boolean     not null,
    purchases    int         not null,
    unclassified int         not null,
    sent_by      text        not null,
    primary key (company_id, employee_id, month, kind, sent_at),
    foreign key (company_id, employee_id) references employee
);
create unique index costsharing_notice_once_idx on costsharing_notice (company_id, employee_id, month) where kind = 'NOTICE';

-- The second wall (ADR 0010), as V20 set it for every table with company_id.
do $$
declare
    t text;
begin
    foreach t in array array['costsharing_notice_channel', 'costsharing_notice_text', 'costsharing_notice']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy company_rows on %I '
                       'using (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint) '
                       'with check (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint)', t);
    end loop;
end
$$;

-- Who holds (uses) a subscription, and from which moment (issue #14: cost sharing attributes a
-- subscription's usage to the employee holding it when it was used, also when the line moves
-- between employees in the middle of a month). The holder at a moment is the row with the latest
-- effective_from on or before it; employee_id null = no holder (a spare SIM, a line between users).
-- subscription.employee_id stays the current holder (the latest row effective now), kept in step by
-- the subscription module, so that everything reading it goes on working.
create table subscription_holder (
    company_id       bigint      not null,
    subscription_id  bigint      not null,
    effective_from   timestamptz not null,
    employee_id      bigint,
    recorded_at      timestamptz not null default now(),
    changed_by       text        not null check (char_length(changed_by) between 1 and 200),
    primary key (company_id, subscription_id, effective_from),
    foreign key (company_id, subscription_id) references subscription,
    foreign key (company_id, employee_id) references employee
);
create index subscription_holder_employee_idx on subscription_holder (company_id, employee_id);

-- The second wall (ADR 0010), as V20 set it for every table with company_id.
do $$
declare
    t text;
begin
    foreach t in array array['subscription_holder']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy company_rows on %I '
                       'using (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint) '
                       'with check (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint)', t);
    end loop;
end
$$;

-- Every subscription that exists now has been held by its current holder from its first day.
insert into subscription_holder (company_id, subscription_id, effective_from, employee_id, recorded_at, changed_by)
select company_id, subscription_id, active_from::timestamp at time zone 'Europe/Oslo', employee_id, created_at, 'system'
from subscription;

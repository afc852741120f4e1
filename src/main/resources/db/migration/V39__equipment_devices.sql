-- equipment (#17, SPEC E1, E2, ADR 0025): the company's devices, every holder and status change of each (its
-- history), and the company's replacement age. The composite foreign keys keep a device's holder, subscription
-- and department inside its own company.

create table device (
    company_id           bigint        not null references company,
    device_id            bigint        generated always as identity,
    kind                 text          not null check (kind in ('PHONE', 'TABLET', 'LAPTOP', 'ROUTER', 'SIM', 'ACCESSORY')),
    make                 text          not null check (char_length(make) between 1 and 100),
    model                text          not null check (char_length(model) between 1 and 100),
    imei                 text          check (imei ~ '^[0-9]{15}$'),
    serial_number        text          check (char_length(serial_number) between 1 and 60),
    subscription_id      bigint,
    employee_id          bigint,                                   -- the holder
    customer_account_id  bigint,                                   -- the department; null: seen by super users only
    purchased_on         date,
    price                numeric(14,2) check (price >= 0),
    supplier             text          check (char_length(supplier) <= 100),
    warranty_ends_on     date,
    status               text          not null check (status in ('IN_USE', 'IN_STOCK', 'IN_REPAIR', 'LOST', 'RETIRED',
                                                                  'SOLD_TO_EMPLOYEE')),
    notes                text          check (char_length(notes) <= 2000),
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    primary key (company_id, device_id),
    foreign key (company_id, subscription_id) references subscription,
    foreign key (company_id, employee_id) references employee,
    foreign key (company_id, customer_account_id) references customer_account,
    check (imei is not null or serial_number is not null),
    -- E2: a device in use has a holder
    check (status <> 'IN_USE' or employee_id is not null)
);
-- one IMEI and one serial number per company (serial numbers compared without case)
create unique index device_imei_key on device (company_id, imei) where imei is not null;
create unique index device_serial_key on device (company_id, lower(serial_number)) where serial_number is not null;
create index device_account_idx on device (company_id, customer_account_id);
create index device_employee_idx on device (company_id, employee_id);

-- what happened to a device: each hand-over, take-back, repair, loss, retirement, sale, registration and import
create table device_event (
    company_id      bigint      not null,
    device_id       bigint      not null,
    event_id        bigint      generated always as identity,
    action          text        not null check (action in ('REGISTERED', 'HANDED_OVER', 'TAKEN_BACK', 'SENT_TO_REPAIR',
                                    'BACK_FROM_REPAIR', 'REPORTED_LOST', 'FOUND', 'RETIRED', 'SOLD_TO_EMPLOYEE', 'IMPORTED')),
    effective_on    date        not null,                          -- the day it happened, as the recorder says
    status          text        not null,                          -- the status after it
    employee_id     bigint,                                        -- the holder after it
    holder_name     text,                                          -- the holder's name as it was then
    note            text        check (char_length(note) <= 500),
    recorded_by     text        not null check (char_length(recorded_by) between 1 and 200),
    recorded_at     timestamptz not null,
    primary key (company_id, device_id, event_id),
    foreign key (company_id, device_id) references device on delete cascade
);

-- the company's replacement age: a device older than this many months shows in "Krever handling"
create table equipment_setting (
    company_id              bigint      not null references company,
    replacement_age_months  int         not null check (replacement_age_months between 6 and 120),
    changed_by              text        not null,
    changed_at              timestamptz not null,
    primary key (company_id)
);

-- the second wall (ADR 0010), as V20 set it for every table with company_id
do $$
declare
    t text;
begin
    foreach t in array array['device', 'device_event', 'equipment_setting']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy company_rows on %I '
                       'using (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint) '
                       'with check (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint)', t);
    end loop;
end
$$;

-- an uploaded import file waiting for the user's confirmation (ADR 0025): confirming parses and checks it again and
-- writes all its rows in one transaction, or none; it is deleted then, and any left over after a day at the next upload
create table equipment_import (
    company_id   bigint      not null references company,
    import_id    bigint      generated always as identity,
    uploaded_by  text        not null,
    file_name    text        not null check (char_length(file_name) between 1 and 200),
    content      bytea       not null check (octet_length(content) <= 5242880),
    uploaded_at  timestamptz not null,
    primary key (company_id, import_id)
);

alter table equipment_import enable row level security;
create policy company_rows on equipment_import
    using (company_id = nullif(current_setting('portal.company_id', true), '')::bigint)
    with check (company_id = nullif(current_setting('portal.company_id', true), '')::bigint);

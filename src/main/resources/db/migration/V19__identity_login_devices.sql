-- Devices (browsers) that have logged in with a number: a long-lived cookie whose SHA-256 is kept
-- here. A known device keeps getting codes for its number when strangers have used up the number's
-- global cap (ADR 0003): the owner cannot be locked out from their own device.
create table login_device (
    device_hash    bytea primary key,
    msisdn         text        not null,
    created_at     timestamptz not null,
    last_login_at  timestamptz not null
);
create index login_device_msisdn_idx on login_device (msisdn);

-- The known device that asked for a code, if any: its codes are limited per number and device.
alter table login_challenge add column device_hash bytea;

-- Payments by Vipps MobilePay (ADR 0018). One row per payment the portal asked Vipps for, written and
-- committed before Vipps is called, so that no payment Vipps knows is unknown here; the webhook and the
-- poller move its state with conditional updates (where state = …), so each move happens once.
create table vipps_payment (
    company_id              bigint      not null references company,
    vipps_payment_id        bigint      generated always as identity,
    reference               text        not null check (reference ~ '^[a-zA-Z0-9-]{8,64}$'),
    employee_id             bigint      not null,          -- the payer; no foreign key: the payment outlives a removed employee
    payer_msisdn            text        not null,
    amount_ore              bigint      not null check (amount_ore > 0),
    description             text        not null check (char_length(description) between 1 and 100),
    purpose                 text        not null check (char_length(purpose) between 1 and 40),
    purpose_key             text        not null check (char_length(purpose_key) between 1 and 60),
    return_url              text        not null,
    create_idempotency_key  uuid        not null,
    capture_idempotency_key uuid        not null,
    cancel_idempotency_key  uuid        not null,
    state                   text        not null check (state in ('CREATED', 'AUTHORIZED', 'CAPTURED', 'CAPTURE_FAILED',
                                                                  'ABORTED', 'EXPIRED', 'TERMINATED', 'CREATE_FAILED')),
    redirect_url            text,                          -- null until Vipps has answered the create
    authorized_ore          bigint      not null default 0,
    captured_ore            bigint      not null default 0,
    cancelled_ore           bigint      not null default 0,
    failure                 text,                          -- why it failed, as Vipps or the portal said it
    last_event              text,                          -- the last webhook event or poll applied
    created_at              timestamptz not null,
    expires_at              timestamptz not null,
    updated_at              timestamptz not null,
    checked_at              timestamptz,                   -- the last time Vipps was asked (webhook or poll)
    primary key (company_id, vipps_payment_id),
    -- a webhook names the payment by reference alone; references are random, so unique across companies too
    unique (reference, company_id)
);

-- the poller's look-up: payments not settled yet, across companies
create index vipps_payment_open on vipps_payment (updated_at) where state in ('CREATED', 'AUTHORIZED');

-- the second wall (ADR 0010), as V20 set it for every table with company_id
alter table vipps_payment enable row level security;
create policy company_rows on vipps_payment
    using (company_id = nullif(current_setting('portal.company_id', true), '')::bigint)
    with check (company_id = nullif(current_setting('portal.company_id', true), '')::bigint);

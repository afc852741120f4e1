-- messaging: every SMS goes through this outbox; a dispatcher hands it to the gateway adapter.
create table sms_outbox (
    sms_id       bigint generated always as identity primary key,
    recipient    text        not null check (recipient ~ '^\+[1-9][0-9]{6,14}$'),
    body         text        not null,
    sensitive    boolean     not null default false, -- one-time codes: body is cleared once sent, unless kept for the demo
    status       text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts     int         not null default 0,
    last_error   text,
    created_at   timestamptz not null default now(),
    sent_at      timestamptz,
    next_attempt_at timestamptz not null default now()
);
create index sms_outbox_pending_idx on sms_outbox (next_attempt_at) where status = 'PENDING';
create index sms_outbox_created_idx on sms_outbox (created_at desc);

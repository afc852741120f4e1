-- messaging (#15.4, #15.5, ADR 0017): every e-mail goes through this outbox, inserted in the sender's transaction;
-- a dispatcher hands it to the SMTP server. Together with sms_outbox it is the company's send log.
create table mail_outbox (
    company_id      bigint      not null references company,
    mail_id         bigint      generated always as identity,
    employee_id     bigint,                        -- whom it is about, when someone (no foreign key: the log outlives the employee)
    purpose         text        not null check (purpose ~ '^[A-Z][A-Z_]{1,39}$'),
    recipient       text        not null check (char_length(recipient) <= 254 and recipient ~ '^[^@\s]+@[^@\s]+$'),
    subject         text        not null check (char_length(subject) between 1 and 250),
    text_body       text        not null,
    html_body       text,                          -- null: a plain-text mail
    message_id      text        not null,          -- the Message-ID header, the same on every attempt, to match bounces
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED', 'REJECTED')),
    attempts        int         not null default 0,
    last_error      text,                          -- the SMTP server's reply (or why it could not be reached) at the last attempt
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    sent_at         timestamptz,
    given_up_at     timestamptz,                   -- FAILED (after the last attempt) or REJECTED (a permanent 5xx answer)
    primary key (company_id, mail_id)
);
-- a bounce names the Message-ID (unique by construction: a random UUID); the key names the company too, as every tenant key does
create unique index mail_outbox_message_id_idx on mail_outbox (message_id, company_id);
create index mail_outbox_pending_idx on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_log_idx on mail_outbox (company_id, created_at desc, mail_id desc);

-- The SMS outbox learns whose message it is, so that a company sees its own in the send log. A message with no
-- company (none today: a code to an unknown number is never sent) stays the operator's alone.
alter table sms_outbox
    add column company_id  bigint references company,
    add column employee_id bigint,
    add column purpose     text check (purpose ~ '^[A-Z][A-Z_]{1,39}$');
create index sms_outbox_log_idx on sms_outbox (company_id, created_at desc, sms_id desc) where company_id is not null;

-- The second wall (ADR 0010), as V20 set it for every table with company_id. The dispatchers run on the operator's
-- connections (no portal request), so they drain every company's messages.
do $$
declare
    t text;
begin
    foreach t in array array['mail_outbox', 'sms_outbox']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy company_rows on %I '
                       'using (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint) '
                       'with check (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint)', t);
    end loop;
end
$$;

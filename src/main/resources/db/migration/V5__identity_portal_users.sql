-- identity: portal users and their grants, one-time login codes, the audit log, and web sessions.

create table portal_user (
    company_id      bigint not null references company,
    portal_user_id  bigint generated always as identity,
    msisdn          text   not null check (msisdn ~ '^\+47[49][0-9]{7}$'),
    role            text   not null check (role in ('SUPER_USER', 'USER')),
    created_at      timestamptz not null default now(),
    primary key (company_id, portal_user_id),
    unique (company_id, msisdn)
);
create index portal_user_msisdn_idx on portal_user (msisdn);

-- the customer numbers a USER may see (a SUPER_USER sees them all)
create table portal_user_customer_account (
    company_id           bigint not null,
    portal_user_id       bigint not null,
    customer_account_id  bigint not null,
    primary key (company_id, portal_user_id, customer_account_id),
    foreign key (company_id, portal_user_id) references portal_user on delete cascade,
    foreign key (company_id, customer_account_id) references customer_account
);

-- the portal modules a USER may open (a SUPER_USER has them all)
create table portal_user_module (
    company_id      bigint not null,
    portal_user_id  bigint not null,
    module          text   not null,
    primary key (company_id, portal_user_id, module),
    foreign key (company_id, portal_user_id) references portal_user on delete cascade
);

-- one row per code sent (or pretended sent, for numbers without access); never the code itself
create table login_challenge (
    challenge_id     uuid primary key,
    msisdn           text        not null,
    code_hash        bytea       not null,
    deliverable      boolean     not null, -- false: no portal user behind the number, no SMS went out
    client_address   text        not null,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    failed_attempts  int         not null default 0,
    consumed_at      timestamptz
);
create index login_challenge_msisdn_idx on login_challenge (msisdn, created_at);
create index login_challenge_client_idx on login_challenge (client_address, created_at);

create table audit_event (
    company_id      bigint not null references company,
    audit_event_id  bigint generated always as identity,
    occurred_at     timestamptz not null,
    actor           text        not null, -- a mobile number, or 'operator'
    actor_name      text,
    action          text        not null,
    subject         text,
    details         text,
    client_address  text,
    primary key (company_id, audit_event_id)
);
create index audit_event_time_idx on audit_event (company_id, occurred_at desc);

-- Spring Session JDBC (the web tier keeps no state of its own)
create table spring_session (
    primary_id             char(36) not null,
    session_id             char(36) not null,
    creation_time          bigint   not null,
    last_access_time       bigint   not null,
    max_inactive_interval  int      not null,
    expiry_time            bigint   not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)     not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- identity: passkeys (SPEC X5, issue #18.4, ADR 0030). Spring Security's WebAuthn tables
-- (user-entities-schema.sql, user-credentials-schema-postgres.sql) under the names its JDBC
-- repositories use, with company_id added: a passkey belongs to a person's access in one company.
-- company_id is filled by its default from the portal request's company (portal.company_id), so
-- Spring's own insert statements, which do not name it, write the signed-in user's company; outside
-- a company's request the default is null and the insert fails: nothing is written for no company.
create table user_entities (
    company_id   bigint        not null default nullif(current_setting('portal.company_id', true), '')::bigint
                               references company,
    id           varchar(1000) not null,
    name         varchar(100)  not null,
    display_name varchar(200),
    primary key (company_id, id),
    unique (company_id, name)
);
-- the login finds the user handle before any company is known (on the operator's connections)
create index user_entities_id_idx on user_entities (id);

create table user_credentials (
    company_id                   bigint        not null default nullif(current_setting('portal.company_id', true), '')::bigint,
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null check (length(label) between 1 and 60),
    primary key (company_id, credential_id),
    foreign key (company_id, user_entity_user_id) references user_entities (company_id, id) on delete cascade
);
create index user_credentials_credential_idx on user_credentials (credential_id);
create index user_credentials_user_idx on user_credentials (company_id, user_entity_user_id);

-- The company's rule (X5): super users log in with a passkey, not by SMS code alone.
create table passkey_policy (
    company_id              bigint  not null references company,
    required_for_super_users boolean not null,
    changed_by              text    not null,
    changed_at              timestamptz not null,
    primary key (company_id)
);

alter table user_entities enable row level security;
create policy company_rows on user_entities
    using (company_id = nullif(current_setting('portal.company_id', true), '')::bigint)
    with check (company_id = nullif(current_setting('portal.company_id', true), '')::bigint);
alter table user_credentials enable row level security;
create policy company_rows on user_credentials
    using (company_id = nullif(current_setting('portal.company_id', true), '')::bigint)
    with check (company_id = nullif(current_setting('portal.company_id', true), '')::bigint);
alter table passkey_policy enable row level security;
create policy company_rows on passkey_policy
    using (company_id = nullif(current_setting('portal.company_id', true), '')::bigint)
    with check (company_id = nullif(current_setting('portal.company_id', true), '')::bigint);

-- The company API's tokens (issue #13, ADR 0013). Only the SHA-256 of the secret is kept; the
-- secret is shown once, at creation. The token's company is the only company its requests see.
create table api_token (
    company_id           bigint      not null references company,
    api_token_id         bigint      generated always as identity,
    name                 text        not null check (char_length(name) between 1 and 60),
    token_hash           bytea       not null check (octet_length(token_hash) = 32),
    token_prefix         text        not null,          -- the secret's first characters, to tell tokens apart in lists
    scopes               text[]      not null check (cardinality(scopes) > 0),
    customer_account_ids bigint[],                      -- null: all of the company's customer numbers
    created_by           bigint      not null,          -- the portal user (no foreign key: the token outlives a removed user)
    created_at           timestamptz not null,
    expires_at           timestamptz,                   -- null: until revoked
    last_used_at         timestamptz,
    revoked_at           timestamptz,
    revoked_by           bigint,
    primary key (company_id, api_token_id),
    -- looked up by hash before the company is known; a hash is unique by construction (32 random bytes)
    unique (token_hash, company_id)
);

-- the second wall (ADR 0010), as V20 set it for every table with company_id
alter table api_token enable row level security;
create policy company_rows on api_token
    using (company_id = nullif(current_setting('portal.company_id', true), '')::bigint)
    with check (company_id = nullif(current_setting('portal.company_id', true), '')::bigint);

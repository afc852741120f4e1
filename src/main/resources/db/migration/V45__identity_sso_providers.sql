-- identity: a company's own OpenID Connect provider for single sign-on (SPEC X5, issue #18.5, ADR 0031).
-- One provider per company. The client secret is stored encrypted (AES-GCM with portal.sso.encryption-key):
-- the column holds the nonce and the cipher text, never the secret. The e-mail domains route a user who
-- types their work address on the login page to this provider; a domain belongs to one company only.
create table sso_provider (
    company_id          bigint      not null references company,
    issuer              text        not null check (char_length(issuer) between 8 and 500),
    client_id           text        not null check (char_length(client_id) between 1 and 500),
    client_secret       bytea       not null check (octet_length(client_secret) <= 2048),
    match_claim         text        not null check (match_claim in ('PHONE_NUMBER', 'EMAIL')),
    enabled             boolean     not null,
    changed_by          text        not null,
    changed_at          timestamptz not null,
    primary key (company_id)
);

create table sso_email_domain (
    company_id  bigint not null references sso_provider on delete cascade,
    domain      text   not null check (char_length(domain) between 3 and 253 and domain = lower(domain)),
    primary key (company_id, domain)
);
-- a domain routes to one company: checked when saved (SsoProviders), since every unique key here starts with
-- company_id (the schema stays distributable by company); the index finds a domain's company at login
create index sso_email_domain_by_domain on sso_email_domain (domain);

do $$
declare
    t text;
begin
    foreach t in array array['sso_provider', 'sso_email_domain']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy company_rows on %I '
                       'using (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint) '
                       'with check (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint)', t);
    end loop;
end
$$;

-- #17.4 (G1): the digital order form, the terms it is ordered on, and the operator's staff who decide the orders.
-- None of these tables is a tenant's: staff belong to the operator, and an order is the operator's until approved
-- (it names a company by organisation number; the company's own data is created by the approval, ADR 0026).

-- The operator's own staff (ROLE_OPERATOR_STAFF): registered by the operator API, log in by SMS code, see only /staff/**.
create table operator_staff (
    staff_id   bigint generated always as identity primary key,
    msisdn     text        not null unique check (msisdn ~ '^\+47[49][0-9]{7}$'),
    name       text        not null check (char_length(name) between 1 and 100),
    active     boolean     not null default true,
    created_at timestamptz not null
);

-- The terms an order is made on, versioned: the highest version in force is shown; an order records the one accepted.
create table onboarding_terms (
    version       int         primary key check (version > 0),
    title         text        not null,
    body          text        not null,
    in_force_from timestamptz not null
);

insert into onboarding_terms (version, title, body, in_force_from) values (1, 'Vilkår for Bedriftsportalen',
'1. Bedriftsportalen gir virksomheten innsyn i og styring av egne mobilabonnementer, fakturaer og kostnader.
2. Virksomheten utpeker selv administratorer (superbrukere). En administrator kan gi og ta fra andre tilgang, og er ansvarlig for at tilgangene til enhver tid er riktige.
3. Innlogging skjer med mobilnummer og engangskode på SMS. Koden er personlig og skal ikke deles.
4. Operatøren behandler personopplysninger om virksomhetens ansatte som databehandler for virksomheten, etter gjeldende databehandleravtale.
5. Tjenesten er inkludert i virksomhetens mobilavtale og koster ikke noe ekstra.
6. Virksomheten kan si opp tilgangen til portalen når som helst ved å kontakte operatøren.', '2026-01-01T00:00:00+01');

-- An order (G1). The orderer follows it at /order/status/{token}: only the token's SHA-256 is kept. The consent is the
-- terms version, when, and the network it came from (the address truncated to /24 or /48: never the address itself).
create table onboarding_order (
    order_id              bigint generated always as identity primary key,
    status_token_hash     bytea       not null unique check (octet_length(status_token_hash) = 32),
    org_number            text        not null check (org_number ~ '^[0-9]{9}$'),
    company_name          text        not null,
    contact_name          text        not null check (char_length(contact_name) between 1 and 100),
    contact_email         text        not null check (char_length(contact_email) <= 254 and contact_email ~ '^[^@\s]+@[^@\s]+$'),
    contact_phone         text        not null check (char_length(contact_phone) between 1 and 20),
    admin_msisdns         text[]      not null check (cardinality(admin_msisdns) between 1 and 5),
    signer_name           text        not null check (char_length(signer_name) between 1 and 100),
    signer_role           text        not null check (char_length(signer_role) between 1 and 100),
    terms_version         int         not null references onboarding_terms,
    consented_at          timestamptz not null,
    consent_network       text        not null check (char_length(consent_network) <= 50), -- the address truncated: /24 or /48
    status                text        not null default 'RECEIVED' check (status in ('RECEIVED', 'APPROVED', 'REJECTED')),
    created_at            timestamptz not null,
    decided_at            timestamptz,
    decided_by            bigint      references operator_staff,
    decided_by_name       text,
    rejection_reason      text        check (char_length(rejection_reason) <= 1000),
    check ((status = 'RECEIVED') = (decided_at is null)),
    check ((status = 'REJECTED') = (rejection_reason is not null))
);
create index onboarding_order_queue_idx on onboarding_order (status, created_at);
create index onboarding_order_org_idx on onboarding_order (org_number, created_at);

-- Proofs of work spent (#17.4): a challenge is signed and expires; its id is kept here until then so it is used once.
create table onboarding_pow_spent (
    challenge_id text        primary key check (char_length(challenge_id) <= 64),
    expires_at   timestamptz not null
);

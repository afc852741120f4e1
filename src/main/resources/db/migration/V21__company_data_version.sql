-- The card cache's clock (docs/adr/0012-card-cache.md): one counter per company, raised in the same
-- transaction as every commit that changes what the company's dashboard shows (a CDR file that rated
-- records for it, an invoice or credit note, a payment, an extra package, a change of its subscriptions,
-- employees or customer numbers). A cached card is keyed by the version it was computed under, so the
-- first request after such a commit finds no entry and computes again, on every instance alike.
create table company_data_version (
    company_id bigint not null references company (company_id),
    version    bigint not null check (version > 0),
    primary key (company_id)
);

-- the second wall (ADR 0010), as V20 set it for every table with company_id
alter table company_data_version enable row level security;
create policy company_rows on company_data_version
    using (company_id = nullif(current_setting('portal.company_id', true), '')::bigint)
    with check (company_id = nullif(current_setting('portal.company_id', true), '')::bigint);

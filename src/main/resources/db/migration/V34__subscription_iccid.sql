-- #16 Reports filter on a SIM card's number (ICCID, ITU-T E.118) "to see whether a given SIM has had traffic":
-- the card now in the subscription, null for a subscription activated before the CRM sent it. The shape is checked
-- here (19 or 20 digits starting 89); the Luhn check digit in Java (no.bedriftsportal.shared.Iccid). A SIM swap
-- replaces it (PUT /api/operator/subscriptions/{msisdn}/sim).
alter table subscription
    add column iccid text check (iccid ~ '^89[0-9]{17,18}$');

-- A card is in one subscription of the company at a time; a terminated one lets its card go (the key names the
-- company, as every tenant key does).
create unique index subscription_iccid_idx on subscription (company_id, iccid) where terminated_on is null;
-- the reports' look-up by card, terminated subscriptions too
create index subscription_iccid_history_idx on subscription (company_id, iccid) where iccid is not null;

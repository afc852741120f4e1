-- billing: every kroner of an OCR file is accounted for (issue #10, point 6). Per file, in counts and
-- in amounts: applied + unmatched + refused = what the file holds. A file refused whole (it does not
-- read or reconcile, or reuses a transmission number with other content) is kept too, with its reason
-- and what it stated counted as refused. Each transaction says what became of it and why.

-- Files. "matched" is now "applied" (to an invoice, by KID at import or later by hand); "duplicate"
-- was the old import's count of transactions already seen, whose payments were not registered: now
-- "refused", with the reason.
alter table ocr_file drop constraint ocr_file_check;
alter table ocr_file rename column matched to applied;
alter table ocr_file rename column duplicate to refused;
alter table ocr_file alter column transmission_number drop not null; -- unknown when the file cannot be read
alter table ocr_file
    add column status           text not null default 'IMPORTED' check (status in ('IMPORTED', 'REFUSED')),
    add column reason           text,
    add column applied_amount   numeric(14,2),
    add column unmatched_amount numeric(14,2),
    add column refused_amount   numeric(14,2);

-- Transactions: what became of each, and why.
alter table ocr_transaction
    add column status             text,
    add column reason             text,
    add column assignment_account text; -- the account the bank credited; unknown for files imported before

update ocr_transaction t
set status = case when t.invoice_id is null then 'UNMATCHED' else 'APPLIED' end,
    reason = case
        when t.invoice_id is null then 'unmatched: no invoice has this KID'
        else case when exists (select 1 from payment p
                               where p.company_id = t.company_id and p.reference = 'MANUAL:' || t.transaction_key)
                  then 'applied by hand to invoice ' else 'applied to invoice ' end
             || coalesce((select i.number::text from invoice i where i.company_id = t.company_id and i.invoice_id = t.invoice_id),
                         '(id ' || t.invoice_id || ')')
    end;

-- A file's figures from its transactions as they stand (a payment registered by hand since the import
-- counts as applied); what the file held beyond them is what the old import counted as duplicates.
update ocr_file f
set applied          = s.applied,
    unmatched        = s.unmatched,
    refused          = f.transactions - s.applied - s.unmatched,
    applied_amount   = s.applied_amount,
    unmatched_amount = s.unmatched_amount,
    refused_amount   = f.total - s.applied_amount - s.unmatched_amount,
    reason           = case when f.transactions - s.applied - s.unmatched > 0
                            then (f.transactions - s.applied - s.unmatched)
                                 || ' transaction(s) taken for repeats of an earlier file by the import before V15; '
                                 || 'their payments were not registered'
                       end
from (select f2.ocr_file_id,
             count(t.transaction_key) filter (where t.status = 'APPLIED')   as applied,
             count(t.transaction_key) filter (where t.status = 'UNMATCHED') as unmatched,
             coalesce(sum(t.amount) filter (where t.status = 'APPLIED'), 0)   as applied_amount,
             coalesce(sum(t.amount) filter (where t.status = 'UNMATCHED'), 0) as unmatched_amount
      from ocr_file f2 left join ocr_transaction t on t.ocr_file_id = f2.ocr_file_id
      group by f2.ocr_file_id) s
where s.ocr_file_id = f.ocr_file_id;

alter table ocr_file
    alter column applied_amount set not null,
    alter column unmatched_amount set not null,
    alter column refused_amount set not null,
    add constraint ocr_file_counts_add_up check (transactions = applied + unmatched + refused),
    add constraint ocr_file_amounts_add_up check (total = applied_amount + unmatched_amount + refused_amount),
    add constraint ocr_file_counts_not_negative check (applied >= 0 and unmatched >= 0 and refused >= 0),
    add constraint ocr_file_refused_whole check (status = 'IMPORTED' or (applied = 0 and unmatched = 0 and reason is not null)),
    add constraint ocr_file_imported_has_transmission check (status = 'REFUSED' or transmission_number is not null);
create index ocr_file_transmission_idx on ocr_file (transmission_number) where status = 'IMPORTED';

alter table ocr_transaction
    alter column status set not null,
    alter column reason set not null,
    add constraint ocr_transaction_status check (status in ('APPLIED', 'UNMATCHED', 'REFUSED')),
    add constraint ocr_transaction_applied_has_invoice check ((status = 'APPLIED') = (invoice_id is not null));

-- The transactions of a refused file are kept as well, and may repeat the keys of the file whose
-- transmission number they reused: a key is unique among the transactions taken.
alter table ocr_transaction drop constraint ocr_transaction_pkey;
alter table ocr_transaction add primary key (ocr_file_id, transaction_key);
create unique index ocr_transaction_key on ocr_transaction (transaction_key) where status <> 'REFUSED';
drop index ocr_transaction_unmatched_idx;
create index ocr_transaction_unmatched_idx on ocr_transaction (paid_on) where status = 'UNMATCHED';

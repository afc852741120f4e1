-- usage (issue #10): every file delivered has a ledger entry, also one refused whole.

-- A file refused whole (not readable, past a limit of what one file may cost, or failed for any
-- other reason of its own than the database being away) is in the ledger with why, counting
-- nothing; the same content may come again and be ingested then. Only an ingested file's SHA-256
-- is unique, and a cdr_seen row counts only while its file is in the ledger as ingested
-- (docs/adr/0004-usage-ingest.md). An unreadable file has no SHA-256.
alter table cdr_file
    add column status text not null default 'INGESTED' check (status in ('INGESTED', 'REFUSED')),
    add column refused_reason text,
    alter column sha256 drop not null,
    add check ((status = 'REFUSED') = (refused_reason is not null)),
    add check (status = 'REFUSED' or sha256 is not null);
drop index cdr_file_sha256_key;
create unique index cdr_file_sha256_key on cdr_file (sha256) where status = 'INGESTED';

-- Rejected records past the first portal.usage.ingest.rejections-kept of a file (those are in
-- cdr_rejection with line, reason and the line itself): a count per reason, [{"reason", "records"}],
-- the reason with its figures and quoted values written # and '…'. rejected = rows in
-- cdr_rejection + the counts here.
alter table cdr_file add column rejections_not_kept jsonb not null default '[]';

-- The Datakontroll SMS goes out for a block in the current month, at most once per subscription
-- and month (every block keeps its row): when the block's SMS was queued, null when none was.
alter table data_block add column notified_at timestamptz;

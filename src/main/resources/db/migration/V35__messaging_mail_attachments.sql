-- #16 Reports go out as e-mail attachments (Excel, CSV, PDF) through the outbox (ADR 0017): a mail's files in order,
-- inserted with it in the sender's transaction, read by the dispatcher only when it sends that mail. At most 10 MB
-- for one mail (OutgoingMail, checked before the insert); names safe for a MIME header and a disk (MailAttachment).
create table mail_attachment (
    company_id   bigint not null,
    mail_id      bigint not null,
    position     int    not null check (position >= 0),
    file_name    text   not null check (char_length(file_name) between 1 and 100 and file_name !~ '[/\\[:cntrl:]]'),
    content_type text   not null check (char_length(content_type) between 3 and 255 and content_type !~ '[[:cntrl:]]'),
    content      bytea  not null,
    size_bytes   int    not null check (size_bytes = octet_length(content)),
    primary key (company_id, mail_id, position),
    foreign key (company_id, mail_id) references mail_outbox on delete cascade
);
-- Excel, PDF and zip are compressed already: kept out of line as they are, without PostgreSQL trying again
alter table mail_attachment alter column content set storage external;

-- The second wall (ADR 0010), the policy V20 gave every table with company_id.
alter table mail_attachment enable row level security;
create policy company_rows on mail_attachment
    using (company_id = nullif(current_setting('portal.company_id', true), '')::bigint)
    with check (company_id = nullif(current_setting('portal.company_id', true), '')::bigint);

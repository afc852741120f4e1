-- billing: invoice runs, invoices and credit notes with their lines, documents, payments.

-- One gapless number series for invoices and credit notes (bokføringsforskriften § 5-1-1): the
-- counter is taken and moved in the same transaction as the invoices it numbers.
create table invoice_number_series (
    series       text   primary key,
    next_number  bigint not null
);
insert into invoice_number_series values ('INVOICE', 100001);

-- One run per month for all companies. What a run billed is the usage and extra packages up to
-- its month and its watermarks, less what the run before it billed.
create table invoice_run (
    invoice_run_id      bigint generated always as identity primary key,
    month               date        not null check (extract(day from month) = 1),
    cdr_file_watermark  bigint      not null,
    purchase_watermark  bigint      not null,
    started_at          timestamptz not null,
    invoices            int         not null,
    total               numeric(14,2) not null
);
create unique index invoice_run_month_key on invoice_run (month);

create table invoice (
    company_id           bigint        not null references company,
    invoice_id           bigint generated always as identity,
    customer_account_id  bigint        not null,
    type                 text          not null check (type in ('INVOICE', 'CREDIT_NOTE')),
    number               bigint        not null,
    invoice_run_id       bigint,
    credited_invoice_id  bigint,
    issue_date           date          not null,
    due_date             date,
    period_start         date          not null,
    period_end           date          not null,
    kid                  text,
    buyer_reference      text          not null,
    amount_excl_vat      numeric(14,2) not null,
    vat                  numeric(14,2) not null,
    total                numeric(14,2) not null,
    note                 text,
    created_at           timestamptz   not null default now(),
    primary key (company_id, invoice_id),
    unique (company_id, number),
    foreign key (company_id, customer_account_id) references customer_account,
    foreign key (company_id, credited_invoice_id) references invoice,
    check (type = 'CREDIT_NOTE' or (due_date is not null and kid is not null))
);
create index invoice_account_idx on invoice (company_id, customer_account_id, issue_date desc);
create index invoice_kid_idx on invoice (kid);
create index invoice_number_idx on invoice (number);

create table invoice_line (
    company_id       bigint        not null,
    invoice_id       bigint        not null,
    line_number      int           not null,
    subscription_id  bigint,
    msisdn           text,
    user_name        text,
    kind             text          not null check (kind in ('SUBSCRIPTION_FEE', 'USAGE', 'EXTRA_PACKAGE', 'CONTENT_SERVICE', 'OTHER')),
    description      text          not null,
    period_start     date          not null,
    period_end       date          not null,
    quantity         numeric(18,3) not null,
    unit             text          not null,
    amount_excl_vat  numeric(14,2) not null,
    vat_rate         smallint      not null check (vat_rate in (0, 25)),
    primary key (company_id, invoice_id, line_number),
    foreign key (company_id, invoice_id) references invoice
);

-- The PDF and EHF of an invoice as first rendered: what the customer got is kept as it was.
create table invoice_document (
    company_id  bigint not null,
    invoice_id  bigint not null,
    format      text   not null check (format in ('PDF', 'EHF')),
    content     bytea  not null,
    created_at  timestamptz not null default now(),
    primary key (company_id, invoice_id, format),
    foreign key (company_id, invoice_id) references invoice
);

create table payment (
    company_id   bigint        not null,
    payment_id   bigint generated always as identity,
    invoice_id   bigint        not null,
    amount       numeric(14,2) not null,
    paid_on      date          not null,
    source       text          not null check (source in ('OCR', 'MANUAL')),
    reference    text          not null,
    registered_at timestamptz  not null default now(),
    primary key (company_id, payment_id),
    unique (company_id, reference),
    foreign key (company_id, invoice_id) references invoice
);
create index payment_invoice_idx on payment (company_id, invoice_id);

-- The bank's OCR files (operator side): a file once, a transaction once; unknown KIDs wait here.
create table ocr_file (
    ocr_file_id          bigint generated always as identity primary key,
    sha256               char(64)      not null,
    name                 text          not null,
    source               text          not null check (source in ('SPOOL', 'UPLOAD', 'DEMO')),
    received_at          timestamptz   not null,
    transmission_number  text          not null,
    transactions         int           not null,
    matched              int           not null,
    unmatched            int           not null,
    duplicate            int           not null,
    total                numeric(14,2) not null,
    check (transactions = matched + unmatched + duplicate)
);
create unique index ocr_file_sha256_key on ocr_file (sha256);

create table ocr_transaction (
    transaction_key  text          primary key, -- transmission:assignment:transaction
    ocr_file_id      bigint        not null references ocr_file,
    kid              text          not null,
    amount           numeric(14,2) not null,
    paid_on          date          not null,
    debit_account    text,
    company_id       bigint,        -- null: no invoice has this KID, kept for manual handling
    invoice_id       bigint
);
create index ocr_transaction_unmatched_idx on ocr_transaction (ocr_file_id) where invoice_id is null;

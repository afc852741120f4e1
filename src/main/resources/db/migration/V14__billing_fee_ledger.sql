-- billing: which fee days each invoice line billed or credited (issue #10, point 5).
-- A run for month M compares, per subscription and month since the first month invoiced, the days
-- the subscription was active under each plan with what this ledger says was billed, bills the days
-- missing and credits the surplus. Entries are appended, never changed: folded in id order they give
-- the days billed per plan and month and the amount that stands for them.
create table fee_ledger (
    company_id       bigint        not null,
    fee_ledger_id    bigint generated always as identity,
    subscription_id  bigint        not null,
    month            date          not null check (extract(day from month) = 1),
    plan_code        text          not null references price_plan,
    first_day        date          not null,
    last_day         date          not null,
    change           text          not null check (change in ('BILLED', 'CREDITED')),
    amount           numeric(14,2) not null, -- as the customer sees it: a credit is negative
    invoice_id       bigint        not null,
    line_number      int           not null,
    primary key (company_id, fee_ledger_id),
    unique (company_id, invoice_id, line_number),
    foreign key (company_id, subscription_id) references subscription,
    foreign key (company_id, invoice_id, line_number) references invoice_line,
    check (first_day <= last_day),
    check (date_trunc('month', first_day)::date = month and date_trunc('month', last_day)::date = month)
);
create index fee_ledger_subscription_idx on fee_ledger (company_id, subscription_id, month);

-- Each subscription as the latest run found it (dates and plan history) when it brought its fees in
-- line through through_month. A run that finds a subscription as it was, settled through the month
-- before, has nothing to correct: it bills the new month and reads none of its ledger, so a run costs
-- the same however many months have been invoiced.
create table fee_settled (
    company_id       bigint not null,
    subscription_id  bigint not null,
    through_month    date   not null check (extract(day from through_month) = 1),
    active_from      date   not null,
    terminated_on    date,
    plans            text   not null, -- the plan changes, "2025-03-01 FRI_5;2026-10-21 FRI_20"
    primary key (company_id, subscription_id),
    foreign key (company_id, subscription_id) references subscription
);

-- The fee lines invoice runs issued before this ledger existed, in the order they were issued, so the
-- next run does not bill those days again. The plan is the one the line was billed under: its name
-- begins the description ("Bedrift Fri 5 GB" or "Bedrift Fri 5 GB (16 av 31 dager)"); failing that,
-- the plan the subscription had on the line's first day. Credit notes are the operator's own
-- corrections and do not enter the ledger (ADR 0005).
insert into fee_ledger (company_id, subscription_id, month, plan_code, first_day, last_day, change, amount, invoice_id,
                        line_number)
select l.company_id, l.subscription_id, date_trunc('month', l.period_start)::date, plan.code, l.period_start, l.period_end,
       'BILLED', l.amount_excl_vat, l.invoice_id, l.line_number
from invoice_line l
join invoice i on i.company_id = l.company_id and i.invoice_id = l.invoice_id
cross join lateral (
    select coalesce(
        (select p.code from price_plan p
          where l.description = p.name or starts_with(l.description, p.name || ' (')
          order by length(p.name) desc limit 1),
        (select c.plan_code from subscription_change c
          where c.company_id = l.company_id and c.subscription_id = l.subscription_id and c.kind = 'PLAN'
            and c.effective_from <= l.period_start
          order by c.effective_from desc limit 1)) as code
) plan
where l.kind = 'SUBSCRIPTION_FEE' and i.type = 'INVOICE' and i.invoice_run_id is not null
  and l.subscription_id is not null and plan.code is not null
  and date_trunc('month', l.period_start) = date_trunc('month', l.period_end)
order by i.number, l.line_number;

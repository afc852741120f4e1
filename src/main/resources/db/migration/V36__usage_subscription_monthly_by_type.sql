-- usage (#16, reports): a subscription's month gets its amount per traffic type, so that the reports
-- "cost per traffic type" and "cost per user" read one row per subscription and month at user level
-- over 36 months, as the dashboard's user lists do (ARCHITECTURE.md "Data rules": each read at the
-- grain it needs). Types: VOICE; SMS and MMS as messages; DATA; CONTENT (content services). The four
-- add up to amount. Filled from usage_daily for the usage loaded before, the same sums every load adds.
alter table usage_subscription_monthly
    add column amount_voice    numeric(14,2) not null default 0,
    add column amount_messages numeric(14,2) not null default 0,
    add column amount_data     numeric(14,2) not null default 0,
    add column amount_content  numeric(14,2) not null default 0;

update usage_subscription_monthly m
set amount_voice = d.voice, amount_messages = d.messages, amount_data = d.data, amount_content = d.content
from (select company_id, subscription_id, date_trunc('month', day)::date as month,
             coalesce(sum(amount) filter (where type = 'VOICE'), 0) as voice,
             coalesce(sum(amount) filter (where type in ('SMS', 'MMS')), 0) as messages,
             coalesce(sum(amount) filter (where type = 'DATA'), 0) as data,
             coalesce(sum(amount) filter (where type = 'CONTENT'), 0) as content
      from usage_daily
      group by 1, 2, 3) d
where d.company_id = m.company_id and d.subscription_id = m.subscription_id and d.month = m.month;

-- customer: the company's own settings (S2, issue #17.5). The language of the SMS and e-mail the
-- portal sends to the company's people, and the address that gets copies of notices to the company
-- (access granted, a scheduled report that did not arrive). Payment terms stay in payment_terms_days
-- (V9); the range a company may choose itself is the operator's configuration, not a column.
alter table company add column language text not null default 'nb' check (language in ('nb', 'en'));
alter table company add column notification_email text check (notification_email is null
    or (length(notification_email) between 3 and 254 and notification_email like '%_@_%'));

-- customer: days from invoice date to due date (CATALOG.md: 14 unless the company agreed otherwise)
alter table company add column payment_terms_days int not null default 14 check (payment_terms_days between 0 and 90);

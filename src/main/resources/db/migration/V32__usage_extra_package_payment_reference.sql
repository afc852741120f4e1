-- #15.6: an extra package an employee paid with Vipps names its payment; a payment buys at most one package,
-- however often its capture is announced.
alter table extra_package_purchase add column payment_reference text;
create unique index extra_package_purchase_payment_idx on extra_package_purchase (company_id, payment_reference)
    where payment_reference is not null;

-- Terms that steer rating (issue #14.4, COST-SHARING.md "When a change takes effect"):
-- the automatic extra package carries who pays it (COMPANY or SALARY; Vipps is never automatic),
-- and a change made in the portal (a profile saved, Datakontroll switched on one subscription)
-- applies from the moment it is saved to every event rated after that, whatever the event's day:
-- immediate = true. Dated changes from the CRM keep applying from their day.
alter table subscription_change
    add column auto_extra_package_payer text check (auto_extra_package_payer in ('COMPANY', 'SALARY')),
    add column immediate boolean not null default false,
    add column changed_by text check (char_length(changed_by) between 1 and 200);
update subscription_change set auto_extra_package_payer = 'COMPANY'
where kind = 'AUTO_EXTRA_PACKAGE' and auto_extra_package_code is not null;
alter table subscription_change
    add constraint subscription_change_auto_extra_payer
    check (kind <> 'AUTO_EXTRA_PACKAGE' or (auto_extra_package_code is null) = (auto_extra_package_payer is null));

-- #11.7: every text a person or the operator's CRM sends has a length limit in the database too,
-- the same as in the API and the forms (the table of limits: docs/adr/0008-input-limits.md).
-- company.name (200), customer_account.name (100), employee.name (200), company.postal_code
-- (4 digits) and company.org_number (9 digits) had theirs already.
alter table company
    add constraint company_address_line_length check (char_length(address_line) <= 200),
    add constraint company_city_length check (char_length(city) <= 100),
    add constraint company_invoice_email_length check (char_length(invoice_email) <= 254);

alter table employee
    add constraint employee_email_length check (char_length(email) <= 254),
    add constraint employee_employee_number_length check (char_length(employee_number) <= 40),
    add constraint employee_pay_type_length check (char_length(pay_type) <= 40);

alter table invoice
    add constraint invoice_note_length check (char_length(note) <= 500);

alter table payment
    add constraint payment_reference_length check (char_length(reference) <= 100);

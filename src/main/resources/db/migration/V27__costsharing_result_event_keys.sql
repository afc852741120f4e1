-- Issue #14: a month's results of a company of 2,000 employees hold some 125,000 events (the pieces
-- under each traffic line). Their foreign key to the line checked every one of them on insert and
-- every line on delete (1.2 s of the 2.2 s their insert took), and the six-column primary key cost
-- most of the rest. ResultStore writes a result's events in the same transaction as its lines and
-- removes them first, and the computation never lists a piece twice under a line (ADR 0016);
-- what the events are read by is the line.
alter table costsharing_result_event drop constraint costsharing_result_event_company_id_employee_id_month_line_fkey;
alter table costsharing_result_event drop constraint costsharing_result_event_pkey;
create index costsharing_result_event_line_idx on costsharing_result_event (company_id, employee_id, month, line_number);

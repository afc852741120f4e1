-- A tenant table has a primary key with company_id (ARCHITECTURE.md "Data rules"). V27 dropped the
-- events' six-column key for speed; the key is now the event's place under its line, all integers,
-- which costs an insert what the plain index on the line did.
alter table costsharing_result_event add column event_number int;
update costsharing_result_event e set event_number = n.number
from (select company_id, employee_id, month, line_number, cdr_id, piece,
             row_number() over (partition by company_id, employee_id, month, line_number order by start_time, cdr_id, piece)
                 as number
      from costsharing_result_event) n
where n.company_id = e.company_id and n.employee_id = e.employee_id and n.month = e.month
  and n.line_number = e.line_number and n.cdr_id = e.cdr_id and n.piece = e.piece;
alter table costsharing_result_event alter column event_number set not null;
alter table costsharing_result_event add primary key (company_id, employee_id, month, line_number, event_number);
drop index costsharing_result_event_line_idx;

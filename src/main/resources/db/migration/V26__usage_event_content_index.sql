-- Issue #14: a month's cost sharing counts the content-service purchases earlier in the year (Y,
-- COST-SHARING.md step 5). They are about one piece in fifty: a partial index finds a company's
-- without reading the rest of its year, and costs a load only for the content rows it holds.
-- Created on the parent, it is created on every partition, the ones made later included.
create index usage_event_content_idx on usage_event (company_id, start_time) where content_service;

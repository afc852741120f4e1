-- The second wall (ADR 0010): row-level security on every table that carries company_id. A portal
-- request's connection (the portal role, which owns no table) sees and writes only the rows of the
-- company in its setting portal.company_id; with the setting unset or empty it sees no row at all.
-- The tables' owner (the operator's connections, Flyway) is not subject to these policies: the
-- tables are not FORCEd. A table created later with company_id needs the same (RowLevelSecurityIntegrationTest).
do $$
declare
    t record;
begin
    for t in
        select c.relname
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
          and exists (select 1 from pg_attribute a
                      where a.attrelid = c.oid and a.attname = 'company_id' and a.attnum > 0 and not a.attisdropped)
    loop
        execute format('alter table %I enable row level security', t.relname);
        execute format('create policy company_rows on %I '
                       'using (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint) '
                       'with check (company_id = nullif(current_setting(''portal.company_id'', true), '''')::bigint)',
                       t.relname);
    end loop;
end
$$;

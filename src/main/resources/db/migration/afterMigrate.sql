-- After every migration (Flyway callback, run as the tables' owner): the portal role (ADR 0010) may
-- read and write the tables, through their row-level security, and nothing else. Partitions are left
-- out: read through their parent they follow its policy, read directly they would not.
do $$
declare
    t record;
begin
    execute format('grant usage on schema %I to %I', current_schema(), '${portal_role}');
    for t in
        select c.relname, c.relispartition
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'
    loop
        if t.relispartition then
            execute format('revoke all on %I from %I', t.relname, '${portal_role}');
        else
            execute format('grant select, insert, update, delete on %I to %I', t.relname, '${portal_role}');
        end if;
    end loop;
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), '${portal_role}');
end
$$;

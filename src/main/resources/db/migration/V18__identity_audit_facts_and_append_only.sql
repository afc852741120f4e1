-- identity: the audit log in words and beyond reach (S3, DOMAIN-RULES "Privacy", #11.4).
-- Each entry keeps its facts as JSON (names, customer numbers, modules, the file, whose detail)
-- so that the page renders them in the reader's language; older entries keep their text details.
alter table audit_event add column facts jsonb;

-- Filters by person: the actor or the person concerned.
create index audit_event_actor_idx on audit_event (company_id, actor, occurred_at desc);
create index audit_event_subject_idx on audit_event (company_id, subject, occurred_at desc);

-- Nobody edits or deletes the log. The only delete is the retention job's, which first sets
-- portal.audit_prune_before (for its transaction only) and may then delete entries older than that.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.occurred_at < nullif(current_setting('portal.audit_prune_before', true), '')::timestamptz then
            return old;
        end if;
    end if;
    raise exception 'the audit log is append-only: % refused', tg_op using errcode = '42501';
end
$$;

create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

package no.bedriftsportal.shared.database;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * After every migration, run as the tables' owner: the portal role (ADR 0010) may read and write
 * every table, through its row-level security, and use the sequences; nothing else. Partitions are
 * left out: read through their parent they follow its policy, read directly they would not. A
 * table a later migration adds is granted at the next start.
 */
@Component
class PortalRoleGrants implements FlywayConfigurationCustomizer, Callback {

    private final String role;

    PortalRoleGrants(PortalRoleProperties properties) {
        this.role = properties.user(); // a plain role name (PortalRoleProperties), safe to quote here
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(this);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    do $$
                    declare
                        t record;
                    begin
                        execute format('grant usage on schema %%I to %%I', current_schema(), '%1$s');
                        for t in
                            select c.relname, c.relispartition
                            from pg_class c join pg_namespace n on n.oid = c.relnamespace
                            where n.nspname = current_schema() and c.relkind in ('r', 'p')
                              and c.relname <> 'flyway_schema_history'
                        loop
                            if t.relispartition then
                                execute format('revoke all on %%I from %%I', t.relname, '%1$s');
                            else
                                execute format('grant select, insert, update, delete on %%I to %%I', t.relname, '%1$s');
                            end if;
                        end loop;
                        execute format('grant usage, select on all sequences in schema %%I to %%I', current_schema(), '%1$s');
                    end
                    $$""".formatted(role));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the portal role " + role + " its tables", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "portal-role-grants";
    }
}

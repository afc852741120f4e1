package no.bedriftsportal.shared.database;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter per company that is raised by every commit that changes what the company's dashboard
 * shows (docs/adr/0012-card-cache.md), so that a cache keyed by it is never stale.
 *
 * <p>{@link #changed} notes the company in the running transaction; the counters are raised just
 * before that transaction commits, in one statement, in the order of the company ids: a transaction
 * holds a counter's row lock only for its last moment, and two transactions that raise several
 * take them in the same order, so they can wait for each other but never deadlock. Outside a
 * transaction the counter is raised at once. A reader sees the new value exactly when the change
 * it stands for is visible: both commit together.
 */
@Component
public class CompanyDataVersions {

    private static final String RESOURCE = CompanyDataVersions.class.getName() + ".changed";

    private final JdbcClient jdbc;

    CompanyDataVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The company's data changes in the running transaction (or now, outside one). */
    public void changed(long companyId) {
        changed(List.of(companyId));
    }

    /** These companies' data changes in the running transaction (or now, outside one). */
    public void changed(Collection<Long> companyIds) {
        if (companyIds.isEmpty()) {
            return;
        }
        PortalRequestScope.dataVersionChanged();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            raise(new TreeSet<>(companyIds));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(RESOURCE);
        if (pending == null) {
            Set<Long> companies = new TreeSet<>();
            TransactionSynchronizationManager.bindResource(RESOURCE, companies);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    raise(companies);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
                }
            });
            pending = companies;
        }
        pending.addAll(companyIds);
    }

    /**
     * The company's current version; 0 before anything was counted. On a portal request, only the
     * user's own company is seen, and it is read once: the request's first reading holds for all of
     * it, so that whatever the request computes and files under that version was computed after it
     * was read (a newer version only ever follows).
     */
    public long current(long companyId) {
        Optional<Long> read = PortalRequestScope.dataVersion(companyId);
        if (read.isPresent()) {
            return read.get();
        }
        long version = jdbc.sql("select version from company_data_version where company_id = :company")
                .param("company", companyId).query(Long.class).optional().orElse(0L);
        PortalRequestScope.dataVersionRead(companyId, version);
        return version;
    }

    private void raise(Set<Long> companies) {
        if (companies.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into company_data_version (company_id, version)
                select company_id, 1 from unnest(cast(:companies as bigint[])) as c (company_id) order by company_id
                on conflict (company_id) do update set version = company_data_version.version + 1""")
                .param("companies", no.bedriftsportal.shared.SqlArrays.bigints(companies)).update();
    }
}

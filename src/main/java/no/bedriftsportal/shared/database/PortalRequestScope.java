package no.bedriftsportal.shared.database;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether this thread serves a portal request, and for which company: the data source then hands
 * out connections of the portal's database role, on which row-level security shows only that
 * company's rows, and none while no company is set (ADR 0010). Threads that serve no portal
 * request (the operator API, ingest, invoice runs, daily jobs, the demo generator, Flyway) get the
 * operator's connections, which may cross companies.
 */
public final class PortalRequestScope {

    /**
     * The company of a portal request, or {@code null} before a user is known; and that company's
     * data version once read ({@link CompanyDataVersions#current}), so that the request reads it once.
     */
    private static final class Scope {
        private final Long companyId;
        private Long dataVersion;

        Scope(Long companyId) {
            this.companyId = companyId;
        }

        Long companyId() {
            return companyId;
        }
    }

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private PortalRequestScope() {
    }

    /** This thread now serves a portal request whose company is not known yet: its queries see no company's rows. */
    static void open() {
        CURRENT.set(new Scope(null));
    }

    /** The portal request is over. */
    static void close() {
        CURRENT.remove();
    }

    /** The signed-in user's company: from the next connection on, the request sees that company's rows only. */
    public static void signedIn(long companyId) {
        CURRENT.set(new Scope(companyId));
    }

    /** No user after all (e.g. a removed one): the request sees no company's rows again. */
    public static void signedOut() {
        CURRENT.set(new Scope(null));
    }

    /**
     * Work of a portal request that must cross companies before anyone is signed in: finding the
     * portal user of a mobile number at login, the company API token of a secret's hash. Runs on the
     * operator's connections; keep it small.
     */
    public static <T> T crossCompany(Supplier<T> work) {
        Scope scope = CURRENT.get();
        CURRENT.remove();
        try {
            return work.get();
        } finally {
            if (scope != null) {
                CURRENT.set(scope);
            }
        }
    }

    /** The data version this portal request read of its own company, if it read one. */
    static Optional<Long> dataVersion(long companyId) {
        Scope scope = CURRENT.get();
        return scope != null && scope.companyId() != null && scope.companyId() == companyId
                ? Optional.ofNullable(scope.dataVersion) : Optional.empty();
    }

    /** Remembers the version read of the request's own company for the rest of the request. */
    static void dataVersionRead(long companyId, long version) {
        Scope scope = CURRENT.get();
        if (scope != null && scope.companyId() != null && scope.companyId() == companyId) {
            scope.dataVersion = version;
        }
    }

    /** The request changes its company's data: the version it read no longer holds for the rest of it. */
    static void dataVersionChanged() {
        Scope scope = CURRENT.get();
        if (scope != null) {
            scope.dataVersion = null;
        }
    }

    /** Whether this thread serves a portal request. */
    static boolean inPortalRequest() {
        return CURRENT.get() != null;
    }

    /** The setting {@code portal.company_id} of this portal request's connections: the company, or empty for none. */
    static String companySetting() {
        Scope scope = CURRENT.get();
        return scope == null || scope.companyId() == null ? "" : Long.toString(scope.companyId());
    }
}

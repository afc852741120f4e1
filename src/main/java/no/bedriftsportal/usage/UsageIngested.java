package no.bedriftsportal.usage;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * A CDR file was ingested and its transaction committed (published inside it, so listeners run
 * after commit): which companies, subscriptions and months it added usage to, and the Datakontroll
 * blocks it started. Modules that react to usage (insights' alerts, X2) read the rollups of only
 * these subscriptions and months, never the file's raw events.
 *
 * @param touched every (company, subscription, month) the file added to the rollups, once each
 * @param blocks  the Datakontroll blocks that started in this file
 */
public record UsageIngested(long cdrFileId, List<Touched> touched, List<Block> blocks) {

    public UsageIngested {
        touched = List.copyOf(touched);
        blocks = List.copyOf(blocks);
    }

    /** The companies the file touched. */
    public Set<Long> companies() {
        java.util.Set<Long> companies = new java.util.TreeSet<>();
        touched.forEach(t -> companies.add(t.companyId()));
        blocks.forEach(b -> companies.add(b.companyId()));
        return companies;
    }

    /** A subscription's month that the file added usage to. */
    public record Touched(long companyId, long subscriptionId, YearMonth month) {
    }

    /** Data was blocked (Datakontroll) at {@code blockedAt}: the packages ran out. */
    public record Block(long companyId, long subscriptionId, Instant blockedAt) {
    }
}

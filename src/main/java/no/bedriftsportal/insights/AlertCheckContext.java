package no.bedriftsportal.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import no.bedriftsportal.usage.UsageIngested;

/**
 * What a check looks at: one company's subscriptions and months a file touched (none for a daily run),
 * the data blocks the file started, and today by the application clock.
 */
public record AlertCheckContext(long companyId, List<UsageIngested.Touched> touched, List<UsageIngested.Block> blocks,
        LocalDate today) {

    public AlertCheckContext {
        touched = List.copyOf(touched);
        blocks = List.copyOf(blocks);
    }

    /** A daily run: no usage, only the day. */
    public static AlertCheckContext daily(long companyId, LocalDate today) {
        return new AlertCheckContext(companyId, List.of(), List.of(), today);
    }

    /** The touched subscriptions' ids, as an SQL array parameter. */
    public Long[] subscriptionIds() {
        return touched.stream().map(UsageIngested.Touched::subscriptionId).distinct().toArray(Long[]::new);
    }

    /** The touched subscriptions, one per touched (subscription, month), as an SQL array beside {@link #touchedMonths()}. */
    public Long[] touchedSubscriptions() {
        return touched.stream().map(UsageIngested.Touched::subscriptionId).toArray(Long[]::new);
    }

    /** The first day of each touched (subscription, month), in the order of {@link #touchedSubscriptions()}. */
    public java.sql.Date[] touchedMonths() {
        return touched.stream().map(t -> java.sql.Date.valueOf(t.month().atDay(1))).toArray(java.sql.Date[]::new);
    }

    /** The touched months, oldest first. */
    public Set<YearMonth> months() {
        Set<YearMonth> months = new TreeSet<>();
        touched.forEach(t -> months.add(t.month()));
        return months;
    }

    public YearMonth thisMonth() {
        return YearMonth.from(today);
    }
}

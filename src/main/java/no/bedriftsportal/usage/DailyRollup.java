package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.bedriftsportal.shared.database.CopyText;

/**
 * Rated events summed per subscription and day (Europe/Oslo) while a file is rated, then added
 * to {@code usage_daily} in one statement. The country of a row is where the event happened when
 * abroad, the destination of a call or message to a foreign number from home, else NO.
 */
final class DailyRollup {

    /** Sorts like usage_daily's primary key, so the rows go into its index in order. */
    private static final Comparator<Map.Entry<Kind, Sums>> KIND_ORDER = Comparator.comparing(
            (Map.Entry<Kind, Sums> entry) -> entry.getKey().type().name())
            .thenComparing(entry -> entry.getKey().direction())
            .thenComparing(entry -> entry.getKey().category().code())
            .thenComparing(entry -> entry.getKey().bucket())
            .thenComparing(entry -> entry.getKey().costGroup().name())
            .thenComparing(entry -> entry.getKey().country())
            .thenComparingInt(entry -> entry.getKey().vatRate());

    private final Map<DayKey, SubscriptionDay> days = new HashMap<>();

    /** @param day the Oslo day of the event's record */
    void add(long companyId, RatedEvent event, LocalDate day) {
        days.computeIfAbsent(new DayKey(event.subscriptionId(), day.toEpochDay()),
                key -> new SubscriptionDay(companyId, event.subscriptionId(), day)).add(event);
    }

    /** A subscription and a day, hashed so that neighbouring ids and days spread over the table. */
    private record DayKey(long subscriptionId, long epochDay) {
        @Override
        public int hashCode() {
            return (int) ((subscriptionId * 0x9E3779B97F4A7C15L + epochDay) * 0xC2B2AE3D27D4EB4FL >>> 32);
        }
    }

    int size() {
        return days.values().stream().mapToInt(day -> day.kinds.size()).sum();
    }

    boolean isEmpty() {
        return days.isEmpty();
    }

    /** The rows for {@code copy usage_daily}, in primary-key order. */
    CopyText rows() {
        List<SubscriptionDay> ordered = new ArrayList<>(days.values());
        ordered.sort(Comparator.comparingLong(SubscriptionDay::companyId).thenComparingLong(SubscriptionDay::subscriptionId)
                .thenComparing(SubscriptionDay::day));
        CopyText rows = new CopyText(size() * 96);
        for (SubscriptionDay subscriptionDay : ordered) {
            List<Map.Entry<Kind, Sums>> kinds = new ArrayList<>(subscriptionDay.kinds.entrySet());
            kinds.sort(KIND_ORDER);
            for (Map.Entry<Kind, Sums> entry : kinds) {
                Kind kind = entry.getKey();
                Sums sums = entry.getValue();
                rows.number(subscriptionDay.companyId()).number(subscriptionDay.subscriptionId()).date(subscriptionDay.day())
                        .text(kind.type().name()).text(kind.direction()).text(kind.category().code()).text(kind.bucket())
                        .text(kind.costGroup().name()).text(kind.country()).number(kind.vatRate()).number(sums.events)
                        .number(sums.seconds).number(sums.bytes).number(sums.quantity).decimal(sums.amount).endRow();
            }
        }
        return rows;
    }

    static String mapCountry(RatedEvent event) {
        if (!"NO".equals(event.country())) {
            return event.country();
        }
        return event.destinationCountry() != null ? event.destinationCountry() : "NO";
    }

    private record SubscriptionDay(long companyId, long subscriptionId, LocalDate day, Map<Kind, Sums> kinds) {

        SubscriptionDay(long companyId, long subscriptionId, LocalDate day) {
            this(companyId, subscriptionId, day, new HashMap<>(8));
        }

        void add(RatedEvent event) {
            Kind kind = new Kind(event.type(), event.direction() == null ? "" : event.direction().name(), event.category(),
                    event.dataBucket() == null ? "" : event.dataBucket().code(), event.costGroup(), mapCountry(event),
                    event.vatRate());
            kinds.computeIfAbsent(kind, k -> new Sums()).add(event);
        }
    }

    /** What a rollup row is of, besides the subscription and day. */
    private record Kind(CdrType type, String direction, Category category, String bucket, CostGroup costGroup, String country,
            int vatRate) {
    }

    private static final class Sums {
        long events;
        long seconds;
        long bytes;
        long quantity;
        BigDecimal amount = BigDecimal.ZERO;

        void add(RatedEvent event) {
            events++;
            seconds += event.seconds();
            bytes += event.bytes();
            quantity += event.count();
            amount = amount.add(event.amount());
        }
    }
}

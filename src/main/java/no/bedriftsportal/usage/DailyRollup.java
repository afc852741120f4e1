package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import no.bedriftsportal.shared.Oslo;

/**
 * Rated events summed per subscription and day (Europe/Oslo) while a file is rated, then added
 * to {@code usage_daily} in one statement. The country of a row is where the event happened when
 * abroad, the destination of a call or message to a foreign number from home, else NO.
 */
final class DailyRollup {

    private final Map<Key, Sums> rows = new HashMap<>();

    void add(long companyId, RatedEvent event) {
        Key key = new Key(companyId, event.subscriptionId(), Oslo.dateOf(event.startTime()), event.type().name(),
                event.direction() == null ? "" : event.direction().name(), event.category().code(),
                event.dataBucket() == null ? "" : event.dataBucket().code(), event.costGroup().name(), mapCountry(event),
                event.vatRate());
        rows.computeIfAbsent(key, k -> new Sums()).add(event);
    }

    Map<Key, Sums> rows() {
        return rows;
    }

    static String mapCountry(RatedEvent event) {
        if (!"NO".equals(event.country())) {
            return event.country();
        }
        return event.destinationCountry() != null ? event.destinationCountry() : "NO";
    }

    record Key(long companyId, long subscriptionId, LocalDate day, String type, String direction, String category,
            String dataBucket, String costGroup, String country, int vatRate) {
    }

    static final class Sums {
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

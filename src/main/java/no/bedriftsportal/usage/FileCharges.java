package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import no.bedriftsportal.shared.database.CopyText;

/**
 * What one file adds to each subscription's bill, by month and {@link ChargeKind}: the rows of
 * {@code usage_charge} for the file, written once when the file is done.
 */
final class FileCharges {

    private final Map<Key, Sums> charges = new HashMap<>();

    void add(long companyId, RatedEvent event, LocalDate day) {
        Key key = new Key(companyId, event.subscriptionId(), event.month(), ChargeKind.of(event), event.zone().name(),
                event.vatRate(), event.provider() == null || !event.contentService() ? "" : event.provider());
        charges.computeIfAbsent(key, k -> new Sums(day)).add(event, day);
    }

    /** The rows for {@code copy usage_charge}. */
    CopyText rows(long fileId) {
        CopyText rows = new CopyText(charges.size() * 120 + 16);
        charges.forEach((key, sums) -> rows.number(key.companyId()).number(fileId).number(key.subscriptionId())
                .date(key.month().atDay(1)).text(key.kind().name()).text(key.zone()).number(key.vatRate()).text(key.provider())
                .date(sums.firstDay).date(sums.lastDay).number(sums.events).number(sums.seconds).number(sums.bytes)
                .number(sums.quantity).decimal(sums.amount).endRow());
        return rows;
    }

    private record Key(long companyId, long subscriptionId, YearMonth month, ChargeKind kind, String zone, int vatRate,
            String provider) {
    }

    private static final class Sums {
        LocalDate firstDay;
        LocalDate lastDay;
        long events;
        long seconds;
        long bytes;
        long quantity;
        BigDecimal amount = BigDecimal.ZERO;

        Sums(LocalDate day) {
            firstDay = day;
            lastDay = day;
        }

        void add(RatedEvent event, LocalDate day) {
            if (day.isBefore(firstDay)) {
                firstDay = day;
            }
            if (day.isAfter(lastDay)) {
                lastDay = day;
            }
            events++;
            seconds += event.seconds();
            bytes += event.bytes();
            quantity += event.count();
            amount = amount.add(event.amount());
        }
    }
}

package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.bedriftsportal.catalog.Zone;
import no.bedriftsportal.shared.database.CopyText;

/**
 * What one file adds to each subscription's bill, by month and {@link ChargeKind}: the rows of
 * {@code usage_charge} for the file, written once when the file is done.
 */
final class FileCharges {

    private final Map<Long, OfSubscription> bySubscription = new HashMap<>();

    /** One subscription's charges, to add its events to: looked up once, not per event. */
    OfSubscription of(long companyId, long subscriptionId) {
        return bySubscription.computeIfAbsent(subscriptionId, id -> new OfSubscription(companyId, subscriptionId));
    }

    /** The rows for {@code copy usage_charge}. */
    CopyText rows(long fileId) {
        CopyText rows = new CopyText(bySubscription.size() * 4 * 120 + 16);
        for (OfSubscription subscription : bySubscription.values()) {
            for (Sums sums : subscription.sums) {
                rows.number(subscription.companyId).number(fileId).number(subscription.subscriptionId)
                        .date(sums.month.atDay(1)).text(sums.kind.name()).text(sums.zone.name()).number(sums.vatRate)
                        .text(sums.provider).date(sums.firstDay).date(sums.lastDay).number(sums.events).number(sums.seconds)
                        .number(sums.bytes).number(sums.quantity).decimal(sums.amount).endRow();
            }
        }
        return rows;
    }

    /**
     * A subscription's sums, one per month, {@link ChargeKind}, zone, VAT rate and content provider
     * (usage_charge's key): a handful, so they are found by looking through them.
     */
    static final class OfSubscription {
        private final long companyId;
        private final long subscriptionId;
        private final List<Sums> sums = new ArrayList<>(4);

        private OfSubscription(long companyId, long subscriptionId) {
            this.companyId = companyId;
            this.subscriptionId = subscriptionId;
        }

        void add(RatedEvent event, LocalDate day) {
            ChargeKind kind = ChargeKind.of(event);
            String provider = event.provider() == null || !event.contentService() ? "" : event.provider();
            for (Sums candidate : sums) {
                if (candidate.kind == kind && candidate.zone == event.zone() && candidate.vatRate == event.vatRate()
                        && candidate.month.equals(event.month()) && candidate.provider.equals(provider)) {
                    candidate.add(event, day);
                    return;
                }
            }
            Sums added = new Sums(event.month(), kind, event.zone(), event.vatRate(), provider, day);
            sums.add(added);
            added.add(event, day);
        }
    }

    private static final class Sums {
        final YearMonth month;
        final ChargeKind kind;
        final Zone zone;
        final int vatRate;
        final String provider;
        LocalDate firstDay;
        LocalDate lastDay;
        long events;
        long seconds;
        long bytes;
        long quantity;
        BigDecimal amount = BigDecimal.ZERO;

        Sums(YearMonth month, ChargeKind kind, Zone zone, int vatRate, String provider, LocalDate day) {
            this.month = month;
            this.kind = kind;
            this.zone = zone;
            this.vatRate = vatRate;
            this.provider = provider;
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

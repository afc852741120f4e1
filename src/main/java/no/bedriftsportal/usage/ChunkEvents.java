package no.bedriftsportal.usage;

import java.util.Arrays;

import no.bedriftsportal.shared.database.CopyBinary;

/**
 * A chunk's rated pieces as COPY rows, in one buffer in arrival order, with the subscription of each;
 * handed over grouped by company and subscription (in arrival, that is time, order within
 * each): loaded together, found together. One buffer rather than one per subscription keeps the
 * garbage collector out of it.
 */
final class ChunkEvents {

    /** The columns of {@link FileLoad#EVENT_COPY}, in its order. */
    static final int EVENT_COLUMNS = 23;

    private final CopyBinary rows;
    private int[] starts = new int[4096];
    private int[] slots = new int[4096];
    private int count;

    ChunkEvents(int capacity) {
        rows = new CopyBinary(capacity);
    }

    void add(ChunkSubscription subscription, RatedEvent event, long fileId) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            slots = Arrays.copyOf(slots, count * 2);
        }
        starts[count] = rows.length();
        slots[count++] = subscription.slot();
        rows.row(EVENT_COLUMNS).int8(subscription.companyId()).int8(subscription.subscriptionId())
                .timestamptz(event.startTime()).text(event.cdrId()).int2(event.pieceNo()).text(event.type().name())
                .text(event.direction() == null ? null : event.direction().name()).text(event.category().code())
                .text(event.dataBucket() == null ? null : event.dataBucket().code()).text(event.costGroup().name())
                .text(event.zone().name()).text(event.country()).text(event.destinationCountry()).text(event.otherParty())
                .int8(event.seconds()).int8(event.bytes()).int4(event.count()).numeric2(event.amount())
                .int2(event.vatRate()).bool(event.contentService()).text(event.provider()).text(event.description())
                .int8(fileId);
    }

    int bytes() {
        return rows.length();
    }

    /** The rows ordered by the rank of their subscription ({@code rankOfSlot}), then as they came. */
    CopyBinary grouped(int[] rankOfSlot) {
        long[] order = new long[count];
        for (int row = 0; row < count; row++) {
            order[row] = (long) rankOfSlot[slots[row]] << 32 | row;
        }
        Arrays.sort(order);
        int[] rowOrder = new int[count];
        for (int i = 0; i < count; i++) {
            rowOrder[i] = (int) order[i];
        }
        return rows.reordered(Arrays.copyOf(starts, count), rowOrder);
    }

    /** One subscription in a chunk: its place among the chunk's subscriptions, its daily sums, its charges in the file. */
    record ChunkSubscription(long companyId, long subscriptionId, int slot, DailyRollup.Subscription days,
            FileCharges.OfSubscription charges) {
    }
}

package no.bedriftsportal.usage;

import java.time.YearMonth;

/**
 * Usage and extra packages up to a month, as far as they had been loaded at a point: files up to
 * {@code fileWatermark}, purchases up to {@code purchaseWatermark}. An invoice run bills its
 * region less the region of the run before it, so late usage lands on the next invoice.
 */
public record BillableRegion(YearMonth month, long fileWatermark, long purchaseWatermark) {

    /** Before any run: nothing. */
    public static final BillableRegion NOTHING = new BillableRegion(YearMonth.of(1970, 1), 0, 0);
}

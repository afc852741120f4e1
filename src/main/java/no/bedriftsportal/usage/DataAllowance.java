package no.bedriftsportal.usage;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The data a subscription has left in one month: the plan's monthly package, then extra packages
 * in the order bought (CATALOG.md, "How an event is rated", rule 2). Mutable: the caller keeps one
 * per subscription and month, feeds it every DATA event in arrival order, and stores its
 * {@link #state()} between files.
 *
 * <p>Only used bytes of the monthly package are kept, not what is left, so that the package size
 * is always that of the plan in effect at the event.
 */
public final class DataAllowance {

    private final YearMonth month;
    private long packageUsedBytes;
    private final List<ExtraPackageBalance> extraPackages;
    private Instant blockedAt;

    private DataAllowance(YearMonth month, long packageUsedBytes, List<ExtraPackageBalance> extraPackages,
                          Instant blockedAt) {
        this.month = Objects.requireNonNull(month, "month");
        this.packageUsedBytes = packageUsedBytes;
        this.extraPackages = new ArrayList<>(extraPackages);
        this.blockedAt = blockedAt;
    }

    /** A month nothing has been used in yet. */
    public static DataAllowance unused(YearMonth month) {
        return new DataAllowance(month, 0, List.of(), null);
    }

    public static DataAllowance restore(DataAllowanceState state) {
        return new DataAllowance(state.month(), state.packageUsedBytes(), state.extraPackages(), state.blockedAt());
    }

    public DataAllowanceState state() {
        return new DataAllowanceState(month, packageUsedBytes, extraPackages, blockedAt);
    }

    /**
     * Records an extra package bought in this month; it is used after the monthly package and the
     * packages bought before it. Buying one lifts a Datakontroll block (SPEC.md, IC2).
     */
    public void addExtraPackage(String code, long sizeBytes, Instant boughtAt, Payer payer) {
        extraPackages.add(new ExtraPackageBalance(code, sizeBytes, boughtAt, payer, 0));
        liftBlock();
    }

    public YearMonth month() {
        return month;
    }

    public long packageUsedBytes() {
        return packageUsedBytes;
    }

    public List<ExtraPackageBalance> extraPackages() {
        return List.copyOf(extraPackages);
    }

    public Optional<Instant> blockedAt() {
        return Optional.ofNullable(blockedAt);
    }

    boolean isBlocked() {
        return blockedAt != null;
    }

    boolean hasPackageRoom(long packageBytes) {
        return packageUsedBytes < packageBytes;
    }

    boolean hasExtraPackageRoom() {
        return extraPackages.stream().anyMatch(extra -> extra.remainingBytes() > 0);
    }

    /** Takes up to {@code wanted} bytes from the monthly package; returns how many it took. */
    long takeFromPackage(long packageBytes, long wanted) {
        long taken = Math.min(wanted, Math.max(0, packageBytes - packageUsedBytes));
        packageUsedBytes += taken;
        return taken;
    }

    /**
     * Takes up to {@code wanted} bytes from the first extra package with room; returns how many it
     * took. One package at a time, so that each package's part of an event is a piece of its own.
     */
    long takeFromNextExtraPackage(long wanted) {
        for (int i = 0; i < extraPackages.size(); i++) {
            ExtraPackageBalance extra = extraPackages.get(i);
            if (extra.remainingBytes() > 0) {
                long taken = Math.min(wanted, extra.remainingBytes());
                extraPackages.set(i, extra.use(taken));
                return taken;
            }
        }
        return 0;
    }

    void liftBlock() {
        blockedAt = null;
    }

    /** Blocks data from {@code at}; false when it already was blocked. */
    boolean block(Instant at) {
        if (blockedAt != null) {
            return false;
        }
        blockedAt = at;
        return true;
    }
}

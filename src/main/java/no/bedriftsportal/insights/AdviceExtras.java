package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import no.bedriftsportal.catalog.ExtraPackage;
import no.bedriftsportal.catalog.Units;

/**
 * The cheapest way to pay for data beyond a month's package (X1): any number of each extra package
 * and the rest at the per-MB price, as rating consumes them (package, extra packages, then per MB).
 * The search tries every count of each package but the smallest, biggest first; for the smallest the
 * cost is linear in its count, so only none, the count that fits and one more need trying.
 */
final class AdviceExtras {

    private AdviceExtras() {
    }

    /**
     * @param packages by size, biggest first
     * @param counts   how many of each package the cover buys, in the order of {@code packages}
     */
    record Cover(BigDecimal amount, int[] counts) {

        int packages() {
            int sum = 0;
            for (int count : counts) {
                sum += count;
            }
            return sum;
        }
    }

    /** The cheapest cover of {@code excessBytes} beyond the package; on a tie, the fewer packages. */
    static Cover cheapest(long excessBytes, List<ExtraPackage> packages, BigDecimal perMb) {
        // in øre and whole bytes: this runs for every plan, month and subscription, and BigDecimal would dominate
        long[] sizes = new long[packages.size()];
        long[] prices = new long[packages.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = packages.get(i).sizeBytes();
            prices[i] = ore(packages.get(i).price());
        }
        Search search = new Search(sizes, prices, ore(perMb));
        search.run(0, Math.max(0, excessBytes), 0, new int[sizes.length]);
        return new Cover(BigDecimal.valueOf(search.bestOre, 2), search.bestCounts);
    }

    /** What data beyond the package costs at the per-MB price, rounded half-up to øre. */
    static BigDecimal perMb(long bytes, BigDecimal perMb) {
        return perMb.multiply(BigDecimal.valueOf(bytes)).divide(BigDecimal.valueOf(Units.BYTES_PER_MB), 2, RoundingMode.HALF_UP);
    }

    /** {@link #perMb} in øre: {@code øre per MB × bytes / 1,000,000}, half up. */
    static long perMbOre(long bytes, long orePerMb) {
        return Math.addExact(Math.multiplyExact(orePerMb, bytes), Units.BYTES_PER_MB / 2) / Units.BYTES_PER_MB;
    }

    private static long ore(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static final class Search {
        private final long[] sizes;
        private final long[] prices;
        private final long orePerMb;
        private long bestOre = Long.MAX_VALUE;
        private int[] bestCounts;
        private int bestPackages;

        Search(long[] sizes, long[] prices, long orePerMb) {
            this.sizes = sizes;
            this.prices = prices;
            this.orePerMb = orePerMb;
        }

        void run(int index, long remaining, long spent, int[] counts) {
            if (index == sizes.length) {
                offer(spent + perMbOre(remaining, orePerMb), counts);
                return;
            }
            long size = sizes[index];
            long most = (remaining + size - 1) / size;
            if (index == sizes.length - 1) {
                step(index, remaining, spent, counts, 0);
                step(index, remaining, spent, counts, remaining / size);
                step(index, remaining, spent, counts, most);
            } else {
                for (long n = 0; n <= most; n++) {
                    step(index, remaining, spent, counts, n);
                }
            }
        }

        private void step(int index, long remaining, long spent, int[] counts, long n) {
            counts[index] = (int) n;
            run(index + 1, Math.max(0, remaining - n * sizes[index]), spent + prices[index] * n, counts);
            counts[index] = 0;
        }

        private void offer(long ore, int[] counts) {
            int packages = 0;
            for (int count : counts) {
                packages += count;
            }
            if (ore < bestOre || ore == bestOre && packages < bestPackages) {
                bestOre = ore;
                bestCounts = counts.clone();
                bestPackages = packages;
            }
        }
    }
}

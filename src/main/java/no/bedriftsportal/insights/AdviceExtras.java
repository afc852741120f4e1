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
        Search search = new Search(packages, perMb);
        search.run(0, Math.max(0, excessBytes), BigDecimal.ZERO, new int[packages.size()]);
        return new Cover(search.bestAmount, search.bestCounts);
    }

    /** What data beyond the package costs at the per-MB price, rounded half-up to øre. */
    static BigDecimal perMb(long bytes, BigDecimal perMb) {
        return perMb.multiply(BigDecimal.valueOf(bytes)).divide(BigDecimal.valueOf(Units.BYTES_PER_MB), 2, RoundingMode.HALF_UP);
    }

    private static final class Search {
        private final List<ExtraPackage> packages;
        private final BigDecimal perMb;
        private BigDecimal bestAmount;
        private int[] bestCounts;
        private int bestPackages;

        Search(List<ExtraPackage> packages, BigDecimal perMb) {
            this.packages = packages;
            this.perMb = perMb;
        }

        void run(int index, long remaining, BigDecimal spent, int[] counts) {
            if (index == packages.size()) {
                offer(spent.add(perMb(remaining, perMb)), counts);
                return;
            }
            ExtraPackage extra = packages.get(index);
            long size = extra.sizeBytes();
            long most = (remaining + size - 1) / size;
            long[] tries = index == packages.size() - 1 ? new long[] {0, remaining / size, most} : null;
            if (tries == null) {
                for (long n = 0; n <= most; n++) {
                    step(index, remaining, spent, counts, extra, n);
                }
            } else {
                for (long n : tries) {
                    step(index, remaining, spent, counts, extra, n);
                }
            }
        }

        private void step(int index, long remaining, BigDecimal spent, int[] counts, ExtraPackage extra, long n) {
            counts[index] = (int) n;
            run(index + 1, Math.max(0, remaining - n * extra.sizeBytes()), spent.add(extra.price().multiply(BigDecimal.valueOf(n))),
                    counts);
            counts[index] = 0;
        }

        private void offer(BigDecimal amount, int[] counts) {
            int packages = 0;
            for (int count : counts) {
                packages += count;
            }
            int compared = bestAmount == null ? -1 : amount.compareTo(bestAmount);
            if (compared < 0 || compared == 0 && packages < bestPackages) {
                bestAmount = amount;
                bestCounts = counts.clone();
                bestPackages = packages;
            }
        }
    }
}

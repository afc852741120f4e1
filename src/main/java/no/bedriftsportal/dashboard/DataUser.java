package no.bedriftsportal.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * D5: a subscription with a data package, its data use in a month and the extra packages it bought.
 *
 * @param packageBytes the month's data package (the plan in effect at the month's end)
 */
public record DataUser(long subscriptionId, String msisdn, String name, String department, String planCode, long packageBytes,
        long bytesPackage, long bytesExtraPackage, long bytesOutside, long bytesBlocked, List<ExtraPackageBought> extraPackages) {

    public int percentOfPackage() {
        return packageBytes == 0 ? 0 : (int) Math.min(999, Math.round(bytesPackage * 100.0 / packageBytes));
    }

    /** The data used in the month as {@link UsedData} defines it: blocked data is not in it. */
    public long totalBytes() {
        return UsedData.bytes(bytesPackage, bytesExtraPackage, bytesOutside);
    }

    public boolean boughtExtra() {
        return !extraPackages.isEmpty();
    }

    /** An extra package of the month: what, when, who pays and how much of it is used. */
    public record ExtraPackageBought(String code, String name, Instant boughtAt, String payer, long sizeBytes, long usedBytes) {

        public int percentUsed() {
            return (int) Math.round(usedBytes * 100.0 / sizeBytes);
        }
    }
}

package no.bedriftsportal.dashboard;

/**
 * The one definition of a user's data in a month, used by D5's card and list, D6/D7's list and
 * panel and their Excel files: the bytes the subscription was given — within its package, within
 * extra packages and outside the package. Data that Datakontroll blocked was never delivered and
 * is left out everywhere (it is shown apart, as blocked, where it matters: D5's user panel and
 * D6's breakdown).
 */
final class UsedData {

    private static final java.util.regex.Pattern USED_BYTES = java.util.regex.Pattern.compile("used_bytes\\((\\w+)\\)");

    private UsedData() {
    }

    /** The bytes used, from a row of {@code usage_subscription_monthly} under {@code alias}; 0 when the row is absent. */
    static String sql(String alias) {
        return "coalesce(" + alias + ".bytes_package + " + alias + ".bytes_extra_package + " + alias + ".bytes_outside_package, 0)";
    }

    /** {@code sql} with each {@code used_bytes(alias)} written out as {@link #sql(String)}. */
    static String in(String sql) {
        return USED_BYTES.matcher(sql).replaceAll(match -> sql(match.group(1)));
    }

    /** The same sum in Java, for figures already read by bucket. */
    static long bytes(long bytesPackage, long bytesExtraPackage, long bytesOutside) {
        return bytesPackage + bytesExtraPackage + bytesOutside;
    }
}

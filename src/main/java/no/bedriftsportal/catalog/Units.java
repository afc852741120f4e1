package no.bedriftsportal.catalog;

/** The units of CATALOG.md: 1 MB = 1,000,000 bytes, per-minute prices apply per second. */
public final class Units {

    public static final long BYTES_PER_MB = 1_000_000L;
    public static final long SECONDS_PER_MINUTE = 60L;

    private Units() {
    }

    public static long megabytesToBytes(long megabytes) {
        return Math.multiplyExact(megabytes, BYTES_PER_MB);
    }
}

package no.bedriftsportal.usage;

/**
 * What one CDR file may cost ({@code portal.usage.ingest.*}): past one of the first three the file
 * is refused whole; a record past {@code maxLineBytes} is a rejected record; past
 * {@code rejectionsKept} rejections only a count per reason is kept.
 *
 * @param maxDecompressedBytes        the file's bytes once decompressed (a plain file's own size)
 * @param maxCompressionRatio         decompressed bytes per compressed byte, checked once past
 *                                    {@code compressionRatioCheckedAfter}: real CSV gzips 5–15×
 * @param compressionRatioCheckedAfter decompressed bytes before the ratio counts
 * @param maxRecords                  records (data lines) in the file
 * @param maxLineBytes                bytes of one record (its line, or lines when a quoted field holds line breaks)
 * @param rejectionsKept              rejected records kept with line, reason and the line itself (the first by line)
 */
record IngestLimits(long maxDecompressedBytes, int maxCompressionRatio, long compressionRatioCheckedAfter, int maxRecords,
        int maxLineBytes, int rejectionsKept) {

    /** The defaults of {@link UsageProperties}. */
    static final IngestLimits DEFAULT = new IngestLimits(20L << 30, 100, 16L << 20, 50_000_000, 64 << 10, 10_000);
}

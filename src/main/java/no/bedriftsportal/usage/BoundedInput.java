package no.bedriftsportal.usage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A CDR file's bytes as the parser reads them (decompressed), counted against the file's
 * {@link IngestLimits}: past the decompressed size, or past the compression ratio (of the bytes
 * read so far), it refuses the file. Each read also passes {@code checkpoint}, so that an ingest
 * can give way between reads even where no record ends (a line of gigabytes).
 */
final class BoundedInput extends FilterInputStream {

    private final IngestLimits limits;
    /** The compressed bytes read so far, or null when the file is not compressed. */
    private final CountedInput compressed;
    private final Runnable checkpoint;
    private long read;

    BoundedInput(InputStream decompressed, CountedInput compressed, IngestLimits limits, Runnable checkpoint) {
        super(decompressed);
        this.compressed = compressed;
        this.limits = limits;
        this.checkpoint = checkpoint;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkpoint.run();
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            read += n;
            if (read > limits.maxDecompressedBytes()) {
                throw new CdrFileRefused("the file is larger than " + limits.maxDecompressedBytes() + " bytes"
                        + (compressed == null ? "" : " decompressed") + " (portal.usage.ingest.max-decompressed-bytes)");
            }
            if (compressed != null && read > limits.compressionRatioCheckedAfter()
                    && read > (double) limits.maxCompressionRatio() * compressed.count()) {
                throw new CdrFileRefused("the file decompresses to more than " + limits.maxCompressionRatio()
                        + " times its compressed size (" + read + " bytes from the first " + compressed.count()
                        + "; portal.usage.ingest.max-compression-ratio): not a CDR file, or a decompression bomb");
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("not supported");
    }

    /** The bytes read from the file itself. */
    static final class CountedInput extends FilterInputStream {

        private long count;

        CountedInput(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count += skipped;
            return skipped;
        }
    }
}

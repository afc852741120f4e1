package no.bedriftsportal.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a week of records as a CDR file (see CDR-FORMAT.md), straight into bytes: every field is
 * ASCII, so this is UTF-8 as well, and it keeps two million records well under a few seconds.
 */
final class CdrFileWriter {

    static final String HEADER = "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,"
            + "volume_bytes,amount_nok,vat_rate,provider,description\n";

    private static final byte[] HEADER_BYTES = HEADER.getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] TYPES = ascii("VOICE", "SMS", "MMS", "DATA", "CONTENT");
    private static final byte[][] DIRECTIONS = ascii("", "MO", "MT");
    private static final int LONGEST_RECORD = 256;
    private static final int CDR_ID_SEQUENCE_DIGITS = 6;

    private final byte[] buffer = new byte[1 << 16];
    private final byte[] digits = new byte[20];
    private int position;
    private OutputStream out;

    /** Writes the records in the given order and returns how many it wrote. */
    int write(Path path, boolean gzip, UsageEvents events, int[] order, CalendarDay[] days, byte[][] msisdns)
            throws IOException {
        int[] sequenceOfDay = new int[days.length];
        try (OutputStream file = Files.newOutputStream(path);
                OutputStream target = gzip ? new FastGzipOutputStream(file, buffer.length) : file) {
            out = target;
            position = 0;
            put(HEADER_BYTES);
            for (int i : order) {
                if (position > buffer.length - LONGEST_RECORD) {
                    flush();
                }
                int dayIndex = events.days[i];
                writeRecord(events, i, days[dayIndex], ++sequenceOfDay[dayIndex], msisdns[events.lines[i]]);
            }
            flush();
        } finally {
            out = null;
        }
        return order.length;
    }

    private void writeRecord(UsageEvents events, int i, CalendarDay day, int sequence, byte[] msisdn) {
        byte type = events.types[i];
        put(day.idPrefix);
        putPadded(sequence, CDR_ID_SEQUENCE_DIGITS);
        comma();
        put(msisdn);
        comma();
        put(TYPES[type]);
        comma();
        putTimestamp(day, events.epochSeconds[i]);
        comma();
        put(DIRECTIONS[events.directions[i]]);
        comma();
        putParty(events.parties[i]);
        comma();
        put(Country.ALL[events.countries[i]].isoBytes);
        comma();
        long value = events.values[i];
        if (type == UsageEvents.VOICE) {
            putLong(value);
        }
        comma();
        if (type == UsageEvents.DATA) {
            putLong(value);
        }
        comma();
        if (type == UsageEvents.CONTENT) {
            ContentService service = ContentService.ALL[events.services[i]];
            putAmount(value);
            comma();
            put(service.vatRate);
            comma();
            put(service.provider);
            comma();
            put(service.description);
        } else {
            comma();
            comma();
            comma();
        }
        buffer[position++] = '\n';
    }

    private void putTimestamp(CalendarDay day, long epochSecond) {
        put(day.timestampPrefix);
        int second = day.localSecondOfDay(epochSecond);
        putTwo(second / 3600);
        buffer[position++] = ':';
        putTwo(second / 60 % 60);
        buffer[position++] = ':';
        putTwo(second % 60);
        int offset = day.offsetSecondsAt(epochSecond);
        buffer[position++] = (byte) (offset < 0 ? '-' : '+');
        offset = Math.abs(offset);
        putTwo(offset / 3600);
        buffer[position++] = ':';
        putTwo(offset / 60 % 60);
    }

    private void putParty(long party) {
        if (party > 0) {
            buffer[position++] = '+';
            putLong(party);
        } else if (party < 0) {
            int start = position;
            putLong(-party);
            // drop the leading 1 that protects leading zeros, see UsageEvents.nationalNumber
            System.arraycopy(buffer, start + 1, buffer, start, position - start - 1);
            position--;
        }
    }

    private void putAmount(long ore) {
        putLong(ore / 100);
        buffer[position++] = '.';
        putTwo((int) (ore % 100));
    }

    private void putTwo(int value) {
        buffer[position++] = (byte) ('0' + value / 10);
        buffer[position++] = (byte) ('0' + value % 10);
    }

    private void putPadded(int value, int width) {
        int length = 0;
        int rest = value;
        do {
            digits[length++] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        for (int pad = width - length; pad > 0; pad--) {
            buffer[position++] = '0';
        }
        while (length > 0) {
            buffer[position++] = digits[--length];
        }
    }

    private void putLong(long value) {
        int length = 0;
        long rest = value;
        do {
            digits[length++] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        while (length > 0) {
            buffer[position++] = digits[--length];
        }
    }

    private void put(byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    private void comma() {
        buffer[position++] = ',';
    }

    private void flush() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    private static byte[][] ascii(String... values) {
        byte[][] bytes = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = values[i].getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }

    /** Gzip at the fastest level: the files exist to exercise the gzip path, not to be small. */
    private static final class FastGzipOutputStream extends GZIPOutputStream {

        FastGzipOutputStream(OutputStream out, int size) throws IOException {
            super(out, size);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}

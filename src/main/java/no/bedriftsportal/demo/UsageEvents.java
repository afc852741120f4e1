package no.bedriftsportal.demo;

import java.util.Arrays;

/**
 * The records of one week, column by column in primitive arrays: a week of 2,000 lines is some
 * 150,000 records, and objects per record would cost more than generating them.
 */
final class UsageEvents {

    static final byte VOICE = 0;
    static final byte SMS = 1;
    static final byte MMS = 2;
    static final byte DATA = 3;
    static final byte CONTENT = 4;

    static final byte NO_DIRECTION = 0;
    static final byte MO = 1;
    static final byte MT = 2;

    /** The party of a record without one. */
    static final long NO_PARTY = 0;

    long[] epochSeconds = new long[1024];
    int[] lines = new int[1024];
    byte[] types = new byte[1024];
    byte[] directions = new byte[1024];
    /** E.164 digits when positive; see {@link #nationalNumber(String)} when negative. */
    long[] parties = new long[1024];
    byte[] countries = new byte[1024];
    /** Seconds (VOICE), bytes (DATA) or øre (CONTENT). */
    long[] values = new long[1024];
    byte[] services = new byte[1024];
    byte[] days = new byte[1024];
    int size;

    /**
     * A national number or short code as a party: the digits behind a leading 1, negated, so that
     * leading zeros ({@code 02800}) survive.
     */
    static long nationalNumber(String digits) {
        return -Long.parseLong("1" + digits);
    }

    /** An 8-digit national number written without country code, e.g. {@code 800xxxxx}. */
    static long nationalEightDigits(long number) {
        return -(100_000_000L + number);
    }

    void clear() {
        size = 0;
    }

    void add(long epochSecond, int line, byte type, byte direction, long party, int country, long value, int service, int day) {
        if (size == epochSeconds.length) {
            grow();
        }
        int i = size++;
        epochSeconds[i] = epochSecond;
        lines[i] = line;
        types[i] = type;
        directions[i] = direction;
        parties[i] = party;
        countries[i] = (byte) country;
        values[i] = value;
        services[i] = (byte) service;
        days[i] = (byte) day;
    }

    /**
     * The record indexes in start-time order; records of the same second keep the order they were
     * added in, which is itself deterministic.
     */
    int[] startTimeOrder(long firstEpochSecond) {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (epochSeconds[i] - firstEpochSecond) << 32 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    private void grow() {
        int capacity = epochSeconds.length * 2;
        epochSeconds = Arrays.copyOf(epochSeconds, capacity);
        lines = Arrays.copyOf(lines, capacity);
        types = Arrays.copyOf(types, capacity);
        directions = Arrays.copyOf(directions, capacity);
        parties = Arrays.copyOf(parties, capacity);
        countries = Arrays.copyOf(countries, capacity);
        values = Arrays.copyOf(values, capacity);
        services = Arrays.copyOf(services, capacity);
        days = Arrays.copyOf(days, capacity);
    }
}

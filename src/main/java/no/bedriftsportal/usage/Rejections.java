package no.bedriftsportal.usage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A file's rejected records, in bounded memory: the first {@code kept} by line are kept whole
 * (line, id, reason, the line itself); past those only a count per reason, the reason written
 * with its figures as {@code #} and its quoted values as {@code '…'} (so that
 * {@code duration_s must be a whole number ≥ 0, was '12.5'} and {@code …, was '-1'} add up), and
 * past {@link #MAX_REASONS} different reasons one count for the rest.
 */
final class Rejections {

    static final int MAX_REASONS = 1000;
    static final String OTHER_REASONS = "other reasons";

    private final int kept;
    /** The kept rejections, the one of the highest line on top, to give way to one of a lower line. */
    private final PriorityQueue<CdrRejection> first;
    private final Map<String, long[]> counted = new HashMap<>();
    private int count;
    private String lastReason;
    private long[] lastCount;

    Rejections(int kept) {
        this.kept = kept;
        this.first = new PriorityQueue<>(Math.min(kept, 1024), Comparator.comparingInt(CdrRejection::lineNumber).reversed());
    }

    /** Whether a rejection on this line would be kept whole: when not, its line need not be written out. */
    boolean keeps(int lineNumber) {
        return first.size() < kept || (!first.isEmpty() && lineNumber < first.peek().lineNumber());
    }

    void add(CdrRejection rejection) {
        count++;
        if (first.size() < kept) {
            first.add(rejection);
        } else if (!first.isEmpty() && rejection.lineNumber() < first.peek().lineNumber()) {
            countReason(first.poll().reason());
            first.add(rejection);
        } else {
            countReason(rejection.reason());
        }
    }

    /** Counts a rejection not kept whole (its line was not written out: see {@link #keeps}). */
    void addCounted(int lineNumber, String reason) {
        if (keeps(lineNumber)) {
            throw new IllegalStateException("a rejection on line " + lineNumber + " is kept whole");
        }
        count++;
        countReason(reason);
    }

    /** Every rejection: those kept and those counted. */
    int count() {
        return count;
    }

    /** The rejections kept whole, by line. */
    List<CdrRejection> kept() {
        List<CdrRejection> byLine = new ArrayList<>(first);
        byLine.sort(Comparator.comparingInt(CdrRejection::lineNumber));
        return byLine;
    }

    /** The rejections not kept whole, counted per reason, most first. */
    List<RejectionCount> notKept() {
        return counted.entrySet().stream().map(entry -> new RejectionCount(entry.getKey(), entry.getValue()[0]))
                .sorted(Comparator.comparingLong(RejectionCount::records).reversed().thenComparing(RejectionCount::reason))
                .toList();
    }

    private void countReason(String reason) {
        if (reason.equals(lastReason)) { // a file of bad lines is mostly one reason, again and again
            lastCount[0]++;
            return;
        }
        String general = general(reason);
        long[] records = counted.get(general);
        if (records == null) {
            records = counted.computeIfAbsent(counted.size() < MAX_REASONS ? general : OTHER_REASONS, r -> new long[1]);
        }
        records[0]++;
        lastReason = reason;
        lastCount = records;
    }

    /** A reason with its figures written {@code #} and its quoted values {@code '…'}. */
    static String general(String reason) {
        StringBuilder general = new StringBuilder(reason.length());
        int i = 0;
        while (i < reason.length()) {
            char c = reason.charAt(i);
            if (c >= '0' && c <= '9') {
                general.append('#');
                while (i < reason.length() && reason.charAt(i) >= '0' && reason.charAt(i) <= '9') {
                    i++;
                }
            } else if (c == '\'' && reason.indexOf('\'', i + 1) > 0) {
                general.append("'…'");
                i = reason.indexOf('\'', i + 1) + 1;
            } else {
                general.append(c);
                i++;
            }
        }
        return general.toString();
    }
}

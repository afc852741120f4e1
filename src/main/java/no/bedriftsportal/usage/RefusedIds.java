package no.bedriftsportal.usage;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ids of records refused while rating this file (and of those rated on a later line after
 * all, "recovered"), in bounded memory: only the last {@link #BATCHES} batches' are held here.
 * Each batch's are handed to the seen lane when it is rated ({@link SeenIds#keepRefused}), which
 * keeps them in a temporary table and, when it marks a later batch, says which of its ids were
 * refused or recovered before; a batch marked before the ids of the two before it were handed over
 * (batches are marked two ahead of rating) finds those here.
 */
final class RefusedIds {

    /** The batch being rated and the two before it. */
    private static final int BATCHES = 3;

    private final ArrayDeque<Set<String>> refused = new ArrayDeque<>();
    private final ArrayDeque<Map<String, Integer>> recovered = new ArrayDeque<>();

    /** A new batch is rated: the oldest one's ids are only in the seen lane's table by now. */
    void startBatch() {
        refused.addFirst(new HashSet<>());
        recovered.addFirst(new HashMap<>());
        if (refused.size() > BATCHES) {
            refused.removeLast();
            recovered.removeLast();
        }
    }

    boolean refused(String cdrId) {
        for (Set<String> batch : refused) {
            if (batch.contains(cdrId)) {
                return true;
            }
        }
        return false;
    }

    boolean recovered(String cdrId) {
        for (Map<String, Integer> batch : recovered) {
            if (batch.containsKey(cdrId)) {
                return true;
            }
        }
        return false;
    }

    void refuse(String cdrId) {
        refused.getFirst().add(cdrId);
    }

    void recover(String cdrId, int lineNumber) {
        recovered.getFirst().put(cdrId, lineNumber);
    }

    /** The batch being rated: its refused ids. */
    Set<String> batchRefused() {
        return refused.getFirst();
    }

    /** The batch being rated: its recovered ids, with the line that was rated. */
    Map<String, Integer> batchRecovered() {
        return recovered.getFirst();
    }
}

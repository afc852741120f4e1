package no.bedriftsportal.usage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.database.CopyBinary;
import no.bedriftsportal.subscription.SubscriptionDirectory;
import no.bedriftsportal.subscription.SubscriptionDirectory.ActiveLine;

/**
 * The parsed records, in batches: a batch is prepared on the lanes (partitions, allowances, ids
 * marked seen) while the next ones are parsed, and rated two batches later.
 */
final class Batches {

    /** Batches sent to the lane ahead of the one being rated: time for it to finish the load it is at. */
    private static final int AHEAD = 2;

    private final DatabaseLane lane;
    private final DatabaseLane seenLane;
    private final FileLoad load;
    private final SeenIds seen;
    private final IngestTimes times;
    private final FileRating rating;
    private final AllowanceBook allowances;
    private final SubscriptionDirectory directory;
    private final YearMonth oldestStoredMonth;
    private final long fileId;
    private final int batchRecords;
    private final Set<YearMonth> monthsAsked = new HashSet<>();
    private final Set<AllowanceBook.Key> allowancesAsked = new HashSet<>();
    private final ArrayDeque<Batch> preparing = new ArrayDeque<>();
    private Batch filling;

    Batches(DatabaseLane lane, DatabaseLane seenLane, FileLoad load, SeenIds seen, IngestTimes times, FileRating rating,
            AllowanceBook allowances, SubscriptionDirectory directory, YearMonth oldestStoredMonth, long fileId,
            int batchRecords) {
        this.lane = lane;
        this.seenLane = seenLane;
        this.load = load;
        this.seen = seen;
        this.times = times;
        this.rating = rating;
        this.allowances = allowances;
        this.directory = directory;
        this.oldestStoredMonth = oldestStoredMonth;
        this.fileId = fileId;
        this.batchRecords = batchRecords;
        this.filling = new Batch(batchRecords);
    }

    void add(ParsedCdr cdr) {
        filling.add(cdr);
        if (filling.size() >= batchRecords) {
            send();
            while (preparing.size() > AHEAD) {
                preparing.poll().rate();
            }
        }
    }

    void finish() {
        send();
        while (!preparing.isEmpty()) {
            preparing.poll().rate();
        }
        rating.handOver();
    }

    /** Sends the batch being filled to the lane to be prepared. */
    private void send() {
        if (filling.size() > 0) {
            filling.prepare();
            preparing.add(filling);
            filling = new Batch(batchRecords);
        }
    }

    /**
     * Records parsed together: the subscription each belongs to, which of them repeat an id, and
     * which ids were seen before. Bits are kept by a record's place in the batch.
     */
    private final class Batch {

        private final List<ParsedCdr> cdrs;
        private ActiveLine[] active;
        private final BitSet repeats = new BitSet();
        /** A repeated id's place → the place of its first line in the batch; usually empty. */
        private final Map<Integer, Integer> firstOfRepeat = new HashMap<>();
        private CompletableFuture<Prepared> preparation;

        Batch(int capacity) {
            this.cdrs = new ArrayList<>(capacity);
        }

        void add(ParsedCdr cdr) {
            cdrs.add(cdr);
        }

        int size() {
            return cdrs.size();
        }

        /**
         * Finds each record's subscription and the ids repeated within the batch, and asks the
         * lanes for what the batch needs: partitions for new months and allowances not read yet
         * (the load lane), its ids in cdr_seen (the seen lane).
         */
        void prepare() {
            Set<YearMonth> months = new HashSet<>();
            Set<AllowanceBook.Key> keys = new HashSet<>();
            active = new ActiveLine[cdrs.size()];
            YearMonth previousMonth = null;
            for (int i = 0; i < active.length; i++) {
                ParsedCdr cdr = cdrs.get(i);
                LocalDate day = Oslo.dateOf(cdr.startTime());
                YearMonth month = Oslo.monthOf(cdr.startTime()); // the usage month
                if (!month.equals(previousMonth) && !month.isBefore(oldestStoredMonth) && monthsAsked.add(month)) {
                    months.add(month);
                }
                previousMonth = month;
                active[i] = directory.activeOn(cdr.msisdn(), day).orElse(null);
                if (cdr.type() == CdrType.DATA && active[i] != null) {
                    AllowanceBook.Key key = new AllowanceBook.Key(active[i].subscription().companyId(),
                            active[i].subscription().id(), month);
                    if (allowancesAsked.add(key)) {
                        keys.add(key);
                    }
                }
            }
            // Sorted by id (then line), a repeated id follows its first line; and the ids go into
            // cdr_seen's index in key order, which visits far fewer pages.
            IdAt[] byId = new IdAt[cdrs.size()];
            Arrays.setAll(byId, index -> new IdAt(cdrs.get(index).cdrId(), index));
            Arrays.sort(byId);
            CopyBinary firstIds = new CopyBinary(byId.length * 40);
            String previous = null;
            int first = -1;
            for (IdAt id : byId) {
                if (id.cdrId().equals(previous)) {
                    repeats.set(id.index());
                    firstOfRepeat.put(id.index(), first);
                } else {
                    firstIds.row(3).text(id.cdrId()).int8(fileId).int4(cdrs.get(id.index()).lineNumber());
                    first = id.index();
                }
                previous = id.cdrId();
            }
            int[] lines = cdrs.stream().mapToInt(ParsedCdr::lineNumber).toArray();
            CompletableFuture<AllowanceBook.Loaded> loaded = lane.urgently(() -> load.prepare(months, keys));
            CompletableFuture<SeenIds.Seen> seenBefore = seenLane.urgently(() -> {
                long started = System.nanoTime();
                SeenIds.Seen marked = seen.mark(firstIds, lines);
                times.seen += System.nanoTime() - started;
                return marked;
            });
            preparation = loaded.thenCombine(seenBefore, Prepared::new);
        }

        /**
         * Rates the batch once the lanes have prepared it, then hands the ids it refused to the seen
         * lane, after the batches marked so far.
         */
        void rate() {
            Prepared done = preparation.join();
            allowances.add(done.allowances());
            SeenIds.Seen seenBefore = done.seen();
            rating.startBatch();
            for (int i = 0; i < active.length; i++) {
                int first = repeats.get(i) ? firstOfRepeat.get(i) : i; // what the seen lane found is of an id's first line
                rating.record(cdrs.get(i), active[i], repeats.get(i) || seenBefore.before().get(i),
                        seenBefore.refused().get(first), seenBefore.recovered().get(first));
            }
            Set<String> refused = rating.batchRefused();
            Map<String, Integer> recovered = rating.batchRecovered();
            if (!refused.isEmpty() || !recovered.isEmpty()) {
                seenLane.urgently(() -> {
                    seen.keepRefused(refused, recovered);
                    return null;
                });
            }
        }
    }

    /** A record's id and its place in the batch, in that order. */
    private record IdAt(String cdrId, int index) implements Comparable<IdAt> {

        @Override
        public int compareTo(IdAt other) {
            int byId = cdrId.compareTo(other.cdrId);
            return byId != 0 ? byId : Integer.compare(index, other.index);
        }
    }

    /** What the lanes did for a batch: the allowances read, what marking its ids found. */
    private record Prepared(AllowanceBook.Loaded allowances, SeenIds.Seen seen) {
    }
}

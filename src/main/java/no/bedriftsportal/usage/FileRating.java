package no.bedriftsportal.usage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import no.bedriftsportal.catalog.Tariffs;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.ExtraPackagePayer;
import no.bedriftsportal.subscription.SubscriptionDirectory.ActiveLine;

/**
 * The rating of a file's records in arrival order, and all it produced: the rated pieces, handed
 * on in chunks with their daily sums; the file's charges, dashboard sums, automatic extra packages
 * and Datakontroll blocks; and the records it refused.
 *
 * <p>A second line with an id rated earlier (in this file or another) is a duplicate; one whose
 * earlier line in this file was refused is rated (a corrected record).
 */
final class FileRating {

    private final Consumer<FileLoad.Chunk> chunks;
    private final RateUsage rater;
    private final AllowanceBook allowances;
    private final YearMonth oldestStoredMonth;
    private final long fileId;
    private final int chunkRecords;
    private Map<Long, ChunkEvents.ChunkSubscription> inChunk = new HashMap<>();
    private ChunkEvents events;
    private final Set<YearMonth> monthsInChunk = new HashSet<>();
    private int recordsInChunk;
    private DailyRollup rollup = new DailyRollup();
    final DailyRollup.DashboardRollups dashboard = new DailyRollup.DashboardRollups();
    final FileCharges charges = new FileCharges();
    final Map<AllowanceBook.Key, List<ExtraPackageBought>> boughtAutomatically = new HashMap<>();
    private final Rejections rejections;
    /**
     * Ids whose first line in this file was refused (marked seen when the batch was prepared,
     * unmarked at the end), and of those, rated on a later line: the last batches' only.
     */
    private final RefusedIds refusedIds = new RefusedIds();
    final List<FileIngest.Blocked> blocks = new ArrayList<>();
    /** The companies this file rated records for: their dashboards change when it commits. */
    final Set<Long> companies = new HashSet<>();
    private long chunkDay;
    /** Whether the day of the chunk's last record began within the chunk. */
    private boolean dayStartedInChunk;
    private int lastChunkBytes;
    int rated;
    int duplicates;

    /**
     * @param chunks     takes each chunk of rated pieces, to be loaded
     * @param rejections where records refused go
     */
    FileRating(Consumer<FileLoad.Chunk> chunks, Tariffs tariffs, AllowanceBook allowances, Rejections rejections,
            YearMonth oldestStoredMonth, long fileId, int chunkRecords) {
        this.chunks = chunks;
        this.rater = new RateUsage(tariffs);
        this.allowances = allowances;
        this.rejections = rejections;
        this.oldestStoredMonth = oldestStoredMonth;
        this.fileId = fileId;
        this.chunkRecords = chunkRecords;
    }

    /** Hands the pieces rated so far on, grouped by company and subscription, with their daily sums. */
    void handOver() {
        if (inChunk.isEmpty()) {
            return;
        }
        List<ChunkEvents.ChunkSubscription> bySubscription = new ArrayList<>(inChunk.values());
        bySubscription.sort(Comparator.comparingLong(ChunkEvents.ChunkSubscription::companyId)
                .thenComparingLong(ChunkEvents.ChunkSubscription::subscriptionId));
        int[] rankOfSlot = new int[bySubscription.size()];
        for (int rank = 0; rank < rankOfSlot.length; rank++) {
            rankOfSlot[bySubscription.get(rank).slot()] = rank;
        }
        lastChunkBytes = events == null ? lastChunkBytes : events.bytes();
        chunks.accept(new FileLoad.Chunk(events == null ? List.of() : List.of(events.grouped(rankOfSlot)),
                monthsInChunk.size() == 1 ? monthsInChunk.iterator().next() : null, rollup.rows(dashboard)));
        inChunk = new HashMap<>();
        events = null;
        monthsInChunk.clear();
        rollup = new DailyRollup();
        recordsInChunk = 0;
        dayStartedInChunk = false;
    }

    /** A batch's records come next. */
    void startBatch() {
        refusedIds.startBatch();
    }

    /** The batch's ids refused, and rated after an earlier line was refused: to be kept by the seen lane. */
    Set<String> batchRefused() {
        return refusedIds.batchRefused();
    }

    Map<String, Integer> batchRecovered() {
        return refusedIds.batchRecovered();
    }

    /**
     * @param active           the subscription of the record's number on its day, null if none
     * @param seen             whether the record's id was seen before: in another file, or on an
     *                         earlier line of this one
     * @param refusedEarlier   of an id seen, whether this file refused it on a line of a batch
     *                         the seen lane had by the time this batch was marked
     * @param recoveredEarlier and whether a line after that was rated
     */
    void record(ParsedCdr cdr, ActiveLine active, boolean seen, boolean refusedEarlier, boolean recoveredEarlier) {
        String id = cdr.cdrId();
        if (!seen) {
            if (!rateNew(cdr, active)) {
                refusedIds.refuse(id);
            }
        } else if (!(refusedEarlier || refusedIds.refused(id)) || recoveredEarlier || refusedIds.recovered(id)) {
            duplicates++;
        } else if (rateNew(cdr, active)) { // refused earlier in this file, now delivered corrected
            refusedIds.recover(id, cdr.lineNumber());
        }
    }

    /** Rates a record not seen before; false when it is refused. */
    private boolean rateNew(ParsedCdr cdr, ActiveLine active) {
        LocalDate day = Oslo.dateOf(cdr.startTime());
        if (recordsInChunk >= chunkRecords
                && (day.toEpochDay() != chunkDay || !dayStartedInChunk || recordsInChunk >= 2 * chunkRecords)) {
            // at a day's end where the feed is in time order, so a day's sums are added once; a
            // chunk that began within its day gains nothing by waiting (a large file's day is
            // longer than a chunk), and a chunk's rows are the largest part of what an ingest holds
            handOver();
        }
        if (day.toEpochDay() != chunkDay) {
            dayStartedInChunk = true;
        }
        chunkDay = day.toEpochDay();
        if (active == null) {
            return refuse(cdr, "no subscription is active for " + cdr.msisdn() + " on " + day);
        }
        long companyId = active.subscription().companyId();
        long subscriptionId = active.subscription().id();
        var terms = active.terms();
        RatingTerms ratingTerms = new RatingTerms(subscriptionId, terms.planCode(), terms.dataControl(),
                terms.autoExtraPackageCode(), terms.autoExtraPackageCode() == null ? null
                        : terms.autoExtraPackagePayer() == ExtraPackagePayer.SALARY ? Payer.SALARY : Payer.COMPANY);
        AllowanceBook.Key key = cdr.type() == CdrType.DATA
                ? new AllowanceBook.Key(companyId, subscriptionId, Oslo.monthOf(cdr.startTime())) : null;
        RatingResult result = rater.rate(cdr, ratingTerms, key == null ? null : allowances.get(key));
        if (result instanceof RatingResult.Rejected refused) {
            return refuse(cdr, refused.reason());
        }
        RatingResult.Rated ratedRecord = (RatingResult.Rated) result;
        long customerAccountId = active.subscription().customerAccountId();
        ChunkEvents.ChunkSubscription subscription = inChunk.get(subscriptionId);
        if (subscription == null) {
            subscription = new ChunkEvents.ChunkSubscription(companyId, subscriptionId, inChunk.size(),
                    rollup.subscription(companyId, subscriptionId, customerAccountId), charges.of(companyId, subscriptionId));
            inChunk.put(subscriptionId, subscription);
            companies.add(companyId);
        }
        for (RatedEvent event : ratedRecord.events()) {
            if (!event.month().isBefore(oldestStoredMonth)) {
                if (events == null) { // as large as the last chunk's and a quarter, so it seldom grows
                    events = new ChunkEvents(lastChunkBytes > 0 ? lastChunkBytes + lastChunkBytes / 4
                            : Math.min(chunkRecords, 1 << 20) * 200);
                }
                events.add(subscription, event, fileId);
                monthsInChunk.add(event.month());
            }
            subscription.days().add(event, day);
            subscription.charges().add(event, day);
        }
        if (!ratedRecord.extraPackagesBought().isEmpty()) { // data records only: key is set
            boughtAutomatically.computeIfAbsent(key, k -> new ArrayList<>()).addAll(ratedRecord.extraPackagesBought());
        }
        ratedRecord.dataBlocked().ifPresent(block ->
                blocks.add(new FileIngest.Blocked(companyId, subscriptionId, cdr.msisdn(), block.blockedAt())));
        rated++;
        recordsInChunk++;
        return true;
    }

    private boolean refuse(ParsedCdr cdr, String reason) {
        if (rejections.keeps(cdr.lineNumber())) {
            rejections.add(new CdrRejection(cdr.lineNumber(), cdr.cdrId(), reason, RawLines.cut(CdrLines.toCsv(cdr))));
        } else {
            rejections.addCounted(cdr.lineNumber(), reason);
        }
        return false;
    }
}

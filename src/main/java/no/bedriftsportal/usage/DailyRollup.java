package no.bedriftsportal.usage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.bedriftsportal.shared.database.CopyBinary;
import no.bedriftsportal.shared.database.CopyText;

/**
 * Rated events summed per subscription and day (Europe/Oslo) while a chunk of a file is rated,
 * then handed to the database as the rows to add to {@code usage_daily}, and summed further for
 * the dashboard's coarser rollups ({@code usage_account_daily}, {@code usage_account_monthly},
 * {@code usage_subscription_monthly}, see {@link DashboardRollups}): the database only adds them. The country
 * of a row is where the event happened when abroad, the destination of a call or message to a
 * foreign number from home, else NO.
 *
 * <p>A row's kind (type, direction, category, bucket, cost group, country, VAT rate) is packed
 * into one {@code long} with its day, and the sums kept in arrays, so that adding an event
 * allocates nothing: this runs for every piece of every record.
 */
final class DailyRollup {

    private static final CdrType[] TYPES = CdrType.values();
    private static final Direction[] DIRECTIONS = Direction.values();
    private static final Category[] CATEGORIES = Category.values();
    private static final DataBucket[] BUCKETS = DataBucket.values();
    private static final CostGroup[] COST_GROUPS = CostGroup.values();

    /** The columns of usage_daily. */
    private static final int DAILY_COLUMNS = 15;

    private final Map<Long, Subscription> subscriptions = new HashMap<>();

    /** One subscription's sums, to be added to as its events are rated. */
    Subscription subscription(long companyId, long subscriptionId, long customerAccountId) {
        return subscriptions.computeIfAbsent(subscriptionId, id -> new Subscription(companyId, id, customerAccountId));
    }

    boolean isEmpty() {
        return subscriptions.isEmpty();
    }

    /**
     * A subscription's sums by day and kind: an open-addressing table of packed keys with the sums
     * in one array, five per key (events, seconds, bytes, quantity, hundredths).
     */
    static final class Subscription {

        private static final int SUMS = 5;

        private final long companyId;
        private final long subscriptionId;
        private final long customerAccountId;
        private long[] keys = new long[16];
        private long[] sums = new long[16 * SUMS];
        private int[] slots = new int[32]; // by hash: a key's index + 1, 0 for none
        private int size;

        private Subscription(long companyId, long subscriptionId, long customerAccountId) {
            this.companyId = companyId;
            this.subscriptionId = subscriptionId;
            this.customerAccountId = customerAccountId;
        }

        /** @param day the Oslo day of the event's record */
        void add(RatedEvent event, LocalDate day) {
            int at = indexOf(day.toEpochDay() << 32 | kindOf(event)) * SUMS;
            sums[at]++;
            sums[at + 1] += event.seconds();
            sums[at + 2] += event.bytes();
            sums[at + 3] += event.count();
            sums[at + 4] += hundredths(event);
        }

        private int indexOf(long key) {
            int mask = slots.length - 1;
            for (int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask; ; slot = (slot + 1) & mask) {
                int index = slots[slot] - 1;
                if (index < 0) {
                    return insert(key, slot);
                }
                if (keys[index] == key) {
                    return index;
                }
            }
        }

        private int insert(long key, int slot) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                sums = Arrays.copyOf(sums, size * 2 * SUMS);
            }
            keys[size] = key;
            slots[slot] = ++size;
            if (size * 2 > slots.length) {
                slots = new int[slots.length * 2];
                int mask = slots.length - 1;
                for (int index = 0; index < size; index++) {
                    int at = Long.hashCode(keys[index] * 0x9E3779B97F4A7C15L) & mask;
                    while (slots[at] != 0) {
                        at = (at + 1) & mask;
                    }
                    slots[at] = index + 1;
                }
            }
            return size - 1;
        }

        private Sums sumsAt(int index) {
            Sums copy = new Sums();
            int at = index * SUMS;
            copy.events = sums[at];
            copy.seconds = sums[at + 1];
            copy.bytes = sums[at + 2];
            copy.quantity = sums[at + 3];
            copy.hundredths = sums[at + 4];
            return copy;
        }
    }

    /**
     * The rows for a binary {@code copy} into usage_daily, by company and day, each in primary-key order;
     * the same sums are added to the file's dashboard rollups.
     */
    Map<CompanyDay, CopyBinary> rows(DashboardRollups dashboard) {
        List<Row> daily = new ArrayList<>();
        for (Subscription subscription : subscriptions.values()) {
            for (int index = 0; index < subscription.size; index++) {
                long key = subscription.keys[index];
                daily.add(new Row(subscription, LocalDate.ofEpochDay(key >> 32), Kind.of((int) key), subscription.sumsAt(index)));
            }
        }
        daily.sort(Comparator.comparingLong((Row row) -> row.subscription().companyId)
                .thenComparingLong(row -> row.subscription().subscriptionId).thenComparing(Row::day)
                .thenComparing(Row::kind, Kind.ORDER));
        Map<CompanyDay, CopyBinary> subscriptionDays = new TreeMap<>();
        for (Row row : daily) {
            Subscription subscription = row.subscription();
            Kind kind = row.kind();
            Sums sums = row.sums();
            subscriptionDays.computeIfAbsent(new CompanyDay(subscription.companyId, row.day()), key -> new CopyBinary(16384))
                    .row(DAILY_COLUMNS).int8(subscription.companyId).int8(subscription.subscriptionId).date(row.day())
                    .text(kind.type().name()).text(kind.direction()).text(kind.category().code()).text(kind.bucket())
                    .text(kind.costGroup().name()).text(kind.country()).int2(kind.vatRate()).int8(sums.events)
                    .int8(sums.seconds).int8(sums.bytes).int8(sums.quantity).numericHundredths(sums.hundredths);
            dashboard.add(subscription, row.day(), kind, row.sums());
        }
        return subscriptionDays;
    }

    /**
     * A file's sums for the dashboard's rollups (usage_account_daily, usage_account_monthly,
     * usage_subscription_monthly): few rows, added once when the file is done.
     */
    static final class DashboardRollups {

        private final Map<AccountDay, Sums> accountDays = new TreeMap<>(AccountDay.ORDER);
        private final Map<AccountMonth, Sums> accountMonths = new TreeMap<>(AccountMonth.ORDER);
        private final Map<SubscriptionMonth, MonthSums> subscriptionMonths = new TreeMap<>(SubscriptionMonth.ORDER);

        private void add(Subscription subscription, LocalDate day, Kind kind, Sums sums) {
            YearMonth month = YearMonth.from(day);
            Kind anyVat = kind.withoutVatRate();
            accountDays.computeIfAbsent(new AccountDay(subscription.companyId, subscription.customerAccountId, day, anyVat),
                    key -> new Sums()).add(sums);
            accountMonths.computeIfAbsent(new AccountMonth(subscription.companyId, month, subscription.customerAccountId, anyVat),
                    key -> new Sums()).add(sums);
            subscriptionMonths.computeIfAbsent(new SubscriptionMonth(subscription.companyId, subscription.subscriptionId, month,
                    subscription.customerAccountId), key -> new MonthSums()).add(kind, sums);
        }

        boolean isEmpty() {
            return subscriptionMonths.isEmpty();
        }

        /** The (company, subscription, month) keys summed so far: what the file touched, read off the sums it keeps anyway. */
        List<UsageIngested.Touched> touched() {
            List<UsageIngested.Touched> touched = new ArrayList<>(subscriptionMonths.size());
            subscriptionMonths.keySet().forEach(key ->
                    touched.add(new UsageIngested.Touched(key.companyId(), key.subscriptionId(), key.month())));
            return touched;
        }

        /** Rows for {@code copy} into tables like usage_account_daily, in its column order. */
        CopyText accountDays() {
            CopyText rows = new CopyText(accountDays.size() * 96 + 16);
            accountDays.forEach((key, sums) -> sums.write(key.kind().write(rows.number(key.companyId())
                    .number(key.customerAccountId()).date(key.day()))).endRow());
            return rows;
        }

        /** Rows for {@code copy} into tables like usage_account_monthly, in its column order. */
        CopyText accountMonths() {
            CopyText rows = new CopyText(accountMonths.size() * 96 + 16);
            accountMonths.forEach((key, sums) -> sums.write(key.kind().write(rows.number(key.companyId())
                    .number(key.customerAccountId()).date(key.month().atDay(1)))).endRow());
            return rows;
        }

        /** Rows for {@code copy} into tables like usage_subscription_monthly, in its column order. */
        CopyText subscriptionMonths() {
            CopyText rows = new CopyText(subscriptionMonths.size() * 128 + 16);
            subscriptionMonths.forEach((key, sums) -> sums.write(rows.number(key.companyId())
                    .number(key.subscriptionId()).date(key.month().atDay(1)).number(key.customerAccountId())).endRow());
            return rows;
        }
    }

    /** A company's day. */
    record CompanyDay(long companyId, LocalDate day) implements Comparable<CompanyDay> {
        private static final Comparator<CompanyDay> ORDER = Comparator.comparingLong(CompanyDay::companyId)
                .thenComparing(CompanyDay::day);

        @Override
        public int compareTo(CompanyDay other) {
            return ORDER.compare(this, other);
        }
    }

    static String mapCountry(RatedEvent event) {
        if (!"NO".equals(event.country())) {
            return event.country();
        }
        return event.destinationCountry() != null ? event.destinationCountry() : "NO";
    }

    /** Type, direction, category, bucket, cost group, country and VAT rate in 32 bits. */
    private static int kindOf(RatedEvent event) {
        String country = mapCountry(event);
        return event.type().ordinal()
                | (event.direction() == null ? 0 : event.direction().ordinal() + 1) << 3
                | event.category().ordinal() << 5
                | (event.dataBucket() == null ? 0 : event.dataBucket().ordinal() + 1) << 7
                | event.costGroup().ordinal() << 10
                | letter(country, 0) << 12
                | letter(country, 1) << 17
                | vatRate(event.vatRate()) << 22;
    }

    private static int letter(String country, int index) {
        char c = country.length() == 2 ? country.charAt(index) : '?';
        if (c < 'A' || c > 'Z') {
            throw new IllegalArgumentException("not a country code: " + country);
        }
        return c - 'A';
    }

    private static int vatRate(int rate) {
        if (rate < 0 || rate > 100) {
            throw new IllegalArgumentException("not a VAT rate: " + rate);
        }
        return rate;
    }

    private static long hundredths(RatedEvent event) {
        return event.amount().movePointRight(2).longValueExact();
    }

    /** What a rollup row is of, besides the subscription (or customer number) and day. */
    private record Kind(CdrType type, String direction, Category category, String bucket, CostGroup costGroup,
            String country, int vatRate) {

        /** Like the rollups' primary keys. */
        static final Comparator<Kind> ORDER = Comparator.comparing((Kind kind) -> kind.type().name())
                .thenComparing(Kind::direction).thenComparing(kind -> kind.category().code()).thenComparing(Kind::bucket)
                .thenComparing(kind -> kind.costGroup().name()).thenComparing(Kind::country).thenComparingInt(Kind::vatRate);

        static Kind of(int code) {
            int direction = code >> 3 & 0b11;
            int bucket = code >> 7 & 0b111;
            return new Kind(TYPES[code & 0b111], direction == 0 ? "" : DIRECTIONS[direction - 1].name(),
                    CATEGORIES[code >> 5 & 0b11], bucket == 0 ? "" : BUCKETS[bucket - 1].code(),
                    COST_GROUPS[code >> 10 & 0b11], "" + (char) ('A' + (code >> 12 & 0b11111)) + (char) ('A' + (code >> 17 & 0b11111)),
                    code >> 22 & 0x7f);
        }

        Kind withoutVatRate() {
            return new Kind(type, direction, category, bucket, costGroup, country, 0);
        }

        /** Type, direction, category, bucket, cost group and country: the account rollups' columns. */
        CopyText write(CopyText row) {
            return row.text(type.name()).text(direction).text(category.code()).text(bucket).text(costGroup.name()).text(country);
        }
    }

    private record Row(Subscription subscription, LocalDate day, Kind kind, Sums sums) {
    }

    /** Ordered like usage_account_daily's primary key. */
    private record AccountDay(long companyId, long customerAccountId, LocalDate day, Kind kind) {
        static final Comparator<AccountDay> ORDER = Comparator.comparingLong(AccountDay::companyId)
                .thenComparingLong(AccountDay::customerAccountId).thenComparing(AccountDay::day)
                .thenComparing(AccountDay::kind, Kind.ORDER);
    }

    /** Ordered like usage_account_monthly's primary key. */
    private record AccountMonth(long companyId, YearMonth month, long customerAccountId, Kind kind) {
        static final Comparator<AccountMonth> ORDER = Comparator.comparingLong(AccountMonth::companyId)
                .thenComparing(AccountMonth::month).thenComparingLong(AccountMonth::customerAccountId)
                .thenComparing(AccountMonth::kind, Kind.ORDER);
    }

    /** Ordered like usage_subscription_monthly's primary key. */
    private record SubscriptionMonth(long companyId, long subscriptionId, YearMonth month, long customerAccountId) {
        static final Comparator<SubscriptionMonth> ORDER = Comparator.comparingLong(SubscriptionMonth::companyId)
                .thenComparingLong(SubscriptionMonth::subscriptionId).thenComparing(SubscriptionMonth::month);
    }

    private static final class Sums {
        long events;
        long seconds;
        long bytes;
        long quantity;
        long hundredths;

        void add(Sums other) {
            events += other.events;
            seconds += other.seconds;
            bytes += other.bytes;
            quantity += other.quantity;
            hundredths += other.hundredths;
        }

        CopyText write(CopyText row) {
            return row.number(events).number(seconds).number(bytes).number(quantity).hundredths(hundredths);
        }
    }

    /** A subscription's month as the user lists show it (usage_subscription_monthly). */
    private static final class MonthSums {
        long voiceSeconds;
        long voiceSecondsReceived;
        long messages;
        long messagesReceived;
        long dataBytes;
        long bytesPackage;
        long bytesExtraPackage;
        long bytesOutsidePackage;
        long bytesBlocked;
        long hundredths;
        long hundredthsOutsideFixed;
        long hundredthsAbroad;
        long hundredthsVoice;
        long hundredthsMessages;
        long hundredthsData;
        long hundredthsContent;

        void add(Kind kind, Sums sums) {
            boolean made = Direction.MO.name().equals(kind.direction());
            boolean received = Direction.MT.name().equals(kind.direction());
            if (kind.type() == CdrType.VOICE) {
                voiceSeconds += made ? sums.seconds : 0;
                voiceSecondsReceived += received ? sums.seconds : 0;
            }
            if (kind.type() == CdrType.SMS || kind.type() == CdrType.MMS) {
                messages += made ? sums.quantity : 0;
                messagesReceived += received ? sums.quantity : 0;
            }
            dataBytes += sums.bytes;
            String bucket = kind.bucket();
            bytesPackage += DataBucket.PACKAGE.code().equals(bucket) ? sums.bytes : 0;
            bytesExtraPackage += DataBucket.EXTRA_PACKAGE.code().equals(bucket) ? sums.bytes : 0;
            bytesOutsidePackage += DataBucket.OUTSIDE_PACKAGE.code().equals(bucket) ? sums.bytes : 0;
            bytesBlocked += DataBucket.BLOCKED.code().equals(bucket) ? sums.bytes : 0;
            hundredths += sums.hundredths;
            hundredthsOutsideFixed += kind.category() == Category.OUTSIDE_FIXED_PRICE ? sums.hundredths : 0;
            hundredthsAbroad += kind.category() == Category.ABROAD ? sums.hundredths : 0;
            switch (kind.type()) {
                case VOICE -> hundredthsVoice += sums.hundredths;
                case SMS, MMS -> hundredthsMessages += sums.hundredths;
                case DATA -> hundredthsData += sums.hundredths;
                case CONTENT -> hundredthsContent += sums.hundredths;
            }
        }

        CopyText write(CopyText row) {
            return row.number(voiceSeconds).number(voiceSecondsReceived).number(messages).number(messagesReceived)
                    .number(dataBytes).number(bytesPackage).number(bytesExtraPackage).number(bytesOutsidePackage)
                    .number(bytesBlocked).hundredths(hundredths).hundredths(hundredthsOutsideFixed).hundredths(hundredthsAbroad)
                    .hundredths(hundredthsVoice).hundredths(hundredthsMessages).hundredths(hundredthsData)
                    .hundredths(hundredthsContent);
        }
    }
}

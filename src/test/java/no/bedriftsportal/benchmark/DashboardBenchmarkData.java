package no.bedriftsportal.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import no.bedriftsportal.shared.database.CopyWriter;

/**
 * 36 months of usage for a large company, written straight into the rollups the dashboard reads
 * (issue #5 allows it: raw events for 10,000 subscriptions × 36 months would not fit here), with
 * the shapes and spread an ingest produces: per subscription and day calls, messages and data, in
 * and beyond the package, some days abroad in a spread of countries, BASIS lines outside fixed
 * price. {@code usage_daily} gets every day for the last {@code fullDailyMonths} months and the days
 * abroad for all of them (what the map and the user panel read).
 */
final class DashboardBenchmarkData {

    private static final String[] ABROAD = {"SE", "DK", "DE", "ES", "FR", "IT", "GB", "US", "TH", "PL", "GR", "JP", "CH", "NL"};
    private static final String[] ZONE = {"EU", "EU", "EU", "EU", "EU", "EU", "Z1", "Z2", "Z3", "EU", "EU", "Z3", "Z1", "EU"};

    private DashboardBenchmarkData() {
    }

    /** A line of the generated company: its ids, account and plan. */
    record Line(long companyId, long subscriptionId, long accountId, String plan) {
    }

    static long write(DataSource dataSource, List<Line> lines, LocalDate today, int fullDailyMonths) throws Exception {
        SplittableRandom random = new SplittableRandom(36);
        LocalDate first = YearMonth.from(today).minusMonths(35).atDay(1);
        LocalDate fullDailyFrom = YearMonth.from(today).minusMonths(fullDailyMonths - 1L).atDay(1);
        Map<String, Sums> accountDaily = new HashMap<>();
        Map<String, Sums[]> monthly = new HashMap<>();
        long dailyRows = 0;
        try (Connection connection = dataSource.getConnection();
             CopyWriter daily = CopyWriter.open(connection, "copy usage_daily from stdin")) {
            for (Line line : lines) {
                boolean basis = "BASIS".equals(line.plan());
                long packageBytes = switch (line.plan()) {
                    case "FRI_1" -> 1_000_000_000L;
                    case "FRI_5" -> 5_000_000_000L;
                    case "FRI_20" -> 20_000_000_000L;
                    default -> 0;
                };
                String abroad = null;
                int abroadDays = 0;
                YearMonth month = null;
                long monthBytes = 0;
                for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                    if (!YearMonth.from(day).equals(month)) {
                        month = YearMonth.from(day);
                        monthBytes = 0;
                    }
                    if (abroadDays == 0 && random.nextInt(120) == 0) {
                        int pick = random.nextInt(ABROAD.length);
                        abroad = ABROAD[pick] + ZONE[pick];
                        abroadDays = 2 + random.nextInt(8);
                    }
                    String country = abroadDays > 0 ? abroad.substring(0, 2) : "NO";
                    String zone = abroadDays > 0 ? abroad.substring(2) : "NO";
                    boolean roaming = zone.startsWith("Z");
                    if (abroadDays > 0) {
                        abroadDays--;
                    }
                    boolean weekday = day.getDayOfWeek().getValue() <= 5;
                    int calls = weekday ? random.nextInt(8) : random.nextInt(2);
                    long seconds = calls * (30L + random.nextInt(240));
                    int messages = weekday ? random.nextInt(6) : random.nextInt(3);
                    long bytes = 2_000_000L + random.nextLong(packageBytes == 0 ? 20_000_000L : packageBytes / 15);
                    String category = !"NO".equals(country) ? "abroad" : basis ? "outside_fixed_price" : "fixed_price";
                    BigDecimal callAmount = roaming ? rate("2.49", seconds / 60.0) : basis ? rate("0.49", seconds / 60.0) : zero();
                    BigDecimal messageAmount = roaming || basis ? rate("0.39", messages) : zero();
                    String bucket;
                    BigDecimal dataAmount;
                    if (roaming) {
                        bucket = "outside_package";
                        bytes = bytes / 10;
                        dataAmount = rate("4.00", bytes / 1_000_000.0);
                    } else if (monthBytes + bytes <= packageBytes) {
                        bucket = "package";
                        dataAmount = zero();
                    } else {
                        bucket = "outside_package";
                        dataAmount = rate("0.10", bytes / 1_000_000.0);
                    }
                    monthBytes += bytes;
                    boolean writeDaily = !day.isBefore(fullDailyFrom) || !"NO".equals(country);
                    String[][] rows = {
                            {"VOICE", "MO", "", "TRAFFIC"},
                            {"SMS", "MO", "", "TRAFFIC"},
                            {"DATA", "", bucket, "DATA"}};
                    long[][] sums = {{calls, seconds, 0, calls}, {messages, 0, 0, messages}, {1, 0, bytes, 0}};
                    BigDecimal[] amounts = {callAmount, messageAmount, dataAmount};
                    for (int i = 0; i < rows.length; i++) {
                        if (sums[i][0] == 0) {
                            continue;
                        }
                        String dataBucket = rows[i][2];
                        String rowCategory = i == 2 && "outside_package".equals(dataBucket) && "NO".equals(country)
                                ? "outside_fixed_price" : category;
                        if (writeDaily) {
                            daily.number(line.companyId()).number(line.subscriptionId()).date(day).text(rows[i][0])
                                    .text(rows[i][1]).text(rowCategory).text(dataBucket).text(rows[i][3]).text(country).number(25)
                                    .number(sums[i][0]).number(sums[i][1]).number(sums[i][2]).number(sums[i][3])
                                    .decimal(amounts[i]).endRow();
                            dailyRows++;
                        }
                        String accountKey = line.companyId() + "\t" + line.accountId() + "\t" + day + "\t" + rows[i][0] + "\t"
                                + rows[i][1] + "\t" + rowCategory + "\t" + dataBucket + "\t" + rows[i][3] + "\t" + country;
                        accountDaily.computeIfAbsent(accountKey, k -> new Sums()).add(sums[i], amounts[i]);
                    }
                    Sums[] month_ = monthly.computeIfAbsent(line.subscriptionId() + "\t" + month, k -> new Sums[] {new Sums()});
                    month_[0].monthly(line, seconds, messages, bytes, bucket, amounts, "abroad".equals(category),
                            !"fixed_price".equals(category));
                }
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            copyAccountRollup(connection, "usage_account_daily", accountDaily);
            Map<String, Sums> accountMonthly = new HashMap<>();
            accountDaily.forEach((key, sums) -> {
                String[] k = key.split("\t", -1);
                k[2] = YearMonth.from(LocalDate.parse(k[2])).atDay(1).toString();
                accountMonthly.computeIfAbsent(String.join("\t", k), m -> new Sums()).add(sums);
            });
            copyAccountRollup(connection, "usage_account_monthly", accountMonthly);
            try (CopyWriter copy = CopyWriter.open(connection, "copy usage_subscription_monthly from stdin")) {
                monthly.forEach((key, sums) -> {
                    String[] k = key.split("\t");
                    Sums m = sums[0];
                    copy.number(m.companyId).number(Long.parseLong(k[0])).date(YearMonth.parse(k[1]).atDay(1)).number(m.accountId)
                            .number(m.seconds).number(0).number(m.quantity).number(0).number(m.bytes).number(m.bytesPackage)
                            .number(0).number(m.bytesOutside).number(0).decimal(m.amount).decimal(m.amountOutside)
                            .decimal(m.amountAbroad).decimal(m.amountVoice).decimal(m.amountMessages).decimal(m.amountData)
                            .decimal(BigDecimal.ZERO).endRow();
                });
            }
            connection.createStatement().execute("vacuum analyze"); // as autovacuum would have, for index-only scans
        }
        return dailyRows;
    }

    /** Per customer number, day or month, and kind: keys are company, account, day, type … country, tab-separated. */
    private static void copyAccountRollup(Connection connection, String table, Map<String, Sums> rows) throws Exception {
        try (CopyWriter copy = CopyWriter.open(connection, "copy " + table + " (company_id, customer_account_id, "
                + ("usage_account_daily".equals(table) ? "day" : "month") + ", type, direction, category, data_bucket, cost_group, "
                + "country, events, seconds, bytes, quantity, amount) from stdin")) {
            for (Map.Entry<String, Sums> row : rows.entrySet()) {
                String[] k = row.getKey().split("\t", -1);
                Sums sums = row.getValue();
                copy.number(Long.parseLong(k[0])).number(Long.parseLong(k[1])).date(LocalDate.parse(k[2])).text(k[3]).text(k[4])
                        .text(k[5]).text(k[6]).text(k[7]).text(k[8]).number(sums.events).number(sums.seconds)
                        .number(sums.bytes).number(sums.quantity).decimal(sums.amount).endRow();
            }
        }
    }

    private static BigDecimal rate(String rate, double units) {
        return new BigDecimal(rate).multiply(BigDecimal.valueOf(units)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static final class Sums {
        long companyId;
        long accountId;
        long events;
        long seconds;
        long bytes;
        long quantity;
        long bytesPackage;
        long bytesOutside;
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal amountOutside = BigDecimal.ZERO;
        BigDecimal amountAbroad = BigDecimal.ZERO;
        BigDecimal amountVoice = BigDecimal.ZERO;
        BigDecimal amountMessages = BigDecimal.ZERO;
        BigDecimal amountData = BigDecimal.ZERO;

        void add(long[] counts, BigDecimal sum) {
            events += counts[0];
            seconds += counts[1];
            bytes += counts[2];
            quantity += counts[3];
            amount = amount.add(sum);
        }

        void add(Sums other) {
            events += other.events;
            seconds += other.seconds;
            bytes += other.bytes;
            quantity += other.quantity;
            amount = amount.add(other.amount);
        }

        /** @param byType the day's calls, messages and data amounts */
        void monthly(Line line, long callSeconds, int messages, long dataBytes, String bucket, BigDecimal[] byType, boolean abroad,
                boolean outside) {
            BigDecimal sum = byType[0].add(byType[1]).add(byType[2]);
            amountVoice = amountVoice.add(byType[0]);
            amountMessages = amountMessages.add(byType[1]);
            amountData = amountData.add(byType[2]);
            companyId = line.companyId();
            accountId = line.accountId();
            seconds += callSeconds;
            quantity += messages;
            bytes += dataBytes;
            if ("package".equals(bucket)) {
                bytesPackage += dataBytes;
            } else {
                bytesOutside += dataBytes;
            }
            amount = amount.add(sum);
            if (abroad) {
                amountAbroad = amountAbroad.add(sum);
            } else if (outside) {
                amountOutside = amountOutside.add(sum);
            }
        }
    }
}

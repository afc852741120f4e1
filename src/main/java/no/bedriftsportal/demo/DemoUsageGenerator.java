package no.bedriftsportal.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the demo company's usage as the operator's mediation would deliver it: one CDR file per
 * week (Monday–Sunday), in delivery order, over the last {@code months} whole calendar months and
 * the current month up to yesterday. The same lines, seed and day give byte-identical files on the
 * same JDK.
 *
 * <p>Every fourth file is gzip-compressed, so that the demo also travels that path. File names are
 * {@code cdr-<first day>.csv[.gz]}: their lexicographic order is the delivery order. A week in which
 * no line is active gets no file.
 */
final class DemoUsageGenerator {

    static final int DEFAULT_MONTHS = 36;
    private static final int GZIP_EVERY = 4;

    private DemoUsageGenerator() {
    }

    static List<UsageFile> generate(List<DemoLine> lines, long seed, LocalDate today, Path directory) throws IOException {
        return generate(lines, seed, today, DEFAULT_MONTHS, directory);
    }

    /**
     * @param today     the first day without usage; the last file ends yesterday
     * @param months    whole calendar months before the current one (36 fills the invoice archive)
     * @param directory created if missing; files of the same name are overwritten
     * @return the files in delivery order, each with the extra packages to register before it
     */
    static List<UsageFile> generate(List<DemoLine> lines, long seed, LocalDate today, int months, Path directory)
            throws IOException {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1: " + months);
        }
        Files.createDirectories(directory);
        LineUsage[] usages = lineUsages(lines, seed, today);
        byte[][] msisdns = new byte[usages.length][];
        for (LineUsage usage : usages) {
            msisdns[usage.index] = usage.msisdnBytes;
        }
        UsageEvents events = new UsageEvents();
        CdrFileWriter writer = new CdrFileWriter();
        List<UsageFile> files = new ArrayList<>();
        List<ExtraPackageOrder> orders = new ArrayList<>();
        LocalDate last = today.minusDays(1);
        LocalDate weekStart = today.withDayOfMonth(1).minusMonths(months);
        while (!weekStart.isAfter(last)) {
            LocalDate sunday = weekStart.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            LocalDate weekEnd = sunday.isAfter(last) ? last : sunday;
            CalendarDay[] days = new CalendarDay[(int) (weekEnd.toEpochDay() - weekStart.toEpochDay()) + 1];
            for (int d = 0; d < days.length; d++) {
                days[d] = new CalendarDay(weekStart.plusDays(d));
            }
            events.clear();
            for (LineUsage usage : usages) {
                for (int d = 0; d < days.length; d++) {
                    if (usage.line.activeOn(days[d].date)) {
                        usage.generateDay(days[d], d, events);
                    }
                }
                usage.takeOrdersThrough(weekEnd, orders);
            }
            // an order with no file of its own week (cannot happen: orders fall on active days) waits for the next file
            if (events.size > 0) {
                orders.sort(Comparator.comparing(ExtraPackageOrder::boughtAt).thenComparing(ExtraPackageOrder::msisdn));
                boolean gzip = files.size() % GZIP_EVERY == GZIP_EVERY - 1;
                Path path = directory.resolve("cdr-" + weekStart + (gzip ? ".csv.gz" : ".csv"));
                int records = writer.write(path, gzip, events, events.startTimeOrder(days[0].startEpochSecond), days, msisdns);
                files.add(new UsageFile(path, weekStart, weekEnd, records, List.copyOf(orders)));
                orders.clear();
            }
            weekStart = weekEnd.plusDays(1);
        }
        return List.copyOf(files);
    }

    private static LineUsage[] lineUsages(List<DemoLine> lines, long seed, LocalDate today) {
        List<Long> phones = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (DemoLine line : lines) {
            if (!isE164(line.msisdn())) {
                throw new IllegalArgumentException("msisdn not in E.164 form: " + line.msisdn());
            }
            if (!numbers.add(line.msisdn())) {
                throw new IllegalArgumentException("msisdn twice: " + line.msisdn());
            }
            if (!"MBB_50".equals(line.planCode())) {
                phones.add(Long.parseLong(line.msisdn().substring(1)));
            }
        }
        long[] colleagues = phones.stream().mapToLong(Long::longValue).toArray();
        LineUsage[] usages = new LineUsage[lines.size()];
        for (int i = 0; i < usages.length; i++) {
            usages[i] = new LineUsage(lines.get(i), i, seed, today, colleagues);
        }
        return usages;
    }

    private static boolean isE164(String msisdn) {
        if (msisdn == null || msisdn.length() < 9 || msisdn.length() > 16 || msisdn.charAt(0) != '+') {
            return false;
        }
        for (int i = 1; i < msisdn.length(); i++) {
            if (msisdn.charAt(i) < '0' || msisdn.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}

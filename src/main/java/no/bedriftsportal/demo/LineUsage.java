package no.bedriftsportal.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The habits of one subscription and the records they produce, day by day. Each line draws from
 * its own random stream, seeded from the run's seed and its number, so adding or removing other
 * lines changes only which colleagues it calls, not when or how much it calls, travels or uses.
 */
final class LineUsage {

    private static final long MB = 1_000_000L;
    private static final long GB = 1_000_000_000L;
    private static final long LARGEST_SESSION = 200 * MB;
    /** Sessions are cut at this mean size at most, so that jitter rarely pushes one past 200 MB. */
    private static final long SESSION_SPLIT = 170 * MB;
    /** Sum of {@link CalendarDay#callActivity} over an ordinary month: 21.7 working days plus quiet weekends. */
    private static final double ACTIVITY_PER_MONTH = 23.0;
    private static final double FOREIGN_CALLS_FROM_NORWAY = 0.03;
    private static final double FOREIGN_SMS_FROM_NORWAY = 0.02;
    private static final long[] DIRECTORY_ENQUIRIES = {UsageEvents.nationalNumber("1881"), UsageEvents.nationalNumber("1880")};
    /** Taxi and service numbers outside 1800–1899, priced like a call to a mobile. */
    private static final long[] SHORT_NUMBERS = {UsageEvents.nationalNumber("02800"), UsageEvents.nationalNumber("04000"),
            UsageEvents.nationalNumber("2460")};
    private static final long[] PARKING_PRICES_ORE = {1500, 2400, 3200, 4000, 4800, 5600, 6400, 8000, 9600, 12000, 14400, 18000};
    private static final long[] TICKET_PRICES_ORE = {4000, 4000, 4000, 4800, 5600, 8000, 12000};
    private static final long[] DONATIONS_ORE = {10000, 10000, 20000, 20000, 50000};
    private static final long[] VOTE_PRICES_ORE = {500, 500, 800, 1000};

    final DemoLine line;
    final int index;
    final byte[] msisdnBytes;
    private final LocalDate today;
    private final SplittableRandom random;

    private final double callsMadePerMonth;
    private final double callsReceivedPerMonth;
    private final double smsSentPerMonth;
    private final double smsReceivedPerMonth;
    private final double mmsPerMonth;
    private final double directoryPerMonth;
    private final double freephonePerMonth;
    private final double shortNumberPerMonth;
    private final double[] contentPerMonth = new double[ContentService.ALL.length];
    private final double dataLevel;
    private final long[] contacts;
    private final long[] foreignContacts;

    private int plannedMonth = Integer.MIN_VALUE;
    private final long[] dayBytes = new long[31];
    private final byte[] dayCountry = new byte[31];
    private double[] sessionWeights = new double[32];

    private long[] tripStarts = new long[8];
    private long[] tripEnds = new long[8];
    private int[] tripCountries = new int[8];
    private int trips;
    private int tripsPlannedThrough = Integer.MIN_VALUE;

    private final List<ExtraPackageOrder> pendingOrders = new ArrayList<>();

    private double spareGaussian;
    private boolean hasSpareGaussian;

    LineUsage(DemoLine line, int index, long seed, LocalDate today, long[] colleagues) {
        this.line = line;
        this.index = index;
        this.msisdnBytes = line.msisdn().getBytes(StandardCharsets.US_ASCII);
        this.today = today;
        this.random = new SplittableRandom(mix(seed ^ mix(line.msisdn().hashCode() + 0x632BE59BD9B4E019L)));

        // BASIS pays per minute and message, and its users talk less
        double thrift = "BASIS".equals(line.planCode()) ? 0.6 : 1.0;
        double talk = random.nextDouble();
        callsMadePerMonth = thrift * (60 + 140 * Math.pow(talk, 1.8));
        callsReceivedPerMonth = 20 + 60 * Math.pow(0.5 * talk + 0.5 * random.nextDouble(), 1.4);
        double text = random.nextDouble();
        smsSentPerMonth = thrift * (30 + 120 * Math.pow(text, 1.8));
        smsReceivedPerMonth = 20 + 80 * Math.pow(0.5 * text + 0.5 * random.nextDouble(), 1.4);
        mmsPerMonth = 0.5 + 3 * random.nextDouble();
        directoryPerMonth = 0.15 + 0.45 * random.nextDouble();
        freephonePerMonth = 1 + 4 * random.nextDouble();
        shortNumberPerMonth = random.nextInt(100) < 40 ? 0.3 + 1.2 * random.nextDouble() : 0.05;
        int contentHabit = random.nextInt(100);
        double[] perMonth = contentHabit < 70 ? new double[] {0.15, 0.15, 0.03, 0.2} // light
                : contentHabit < 85 ? new double[] {0.7, 0.5, 0.06, 0.4} // around the NOK 1,000 a year threshold
                        : new double[] {4, 3, 0.1, 0.6}; // parks and rides on the phone bill every week
        for (int i = 0; i < contentPerMonth.length; i++) {
            contentPerMonth[i] = line.hasHolder() ? perMonth[i] * (0.5 + random.nextDouble()) : 0;
        }
        dataLevel = random.nextDouble();

        int personal = 10 + random.nextInt(21);
        int fromCompany = colleagues.length <= 1 ? 0 : Math.min(colleagues.length - 1, 2 + random.nextInt(5));
        contacts = new long[personal + fromCompany];
        long self = Long.parseLong(line.msisdn().substring(1));
        // a stream of its own, so that the number of colleagues does not shift this line's other draws
        SplittableRandom colleagueChoice = random.split();
        for (int i = 0; i < fromCompany; i++) {
            long colleague;
            do {
                colleague = colleagues[colleagueChoice.nextInt(colleagues.length)];
            } while (colleague == self);
            contacts[i] = colleague;
        }
        for (int i = fromCompany; i < contacts.length; i++) {
            contacts[i] = random.nextInt(100) < 75 ? Country.randomNorwegianMobile(random) : Country.randomNorwegianLandline(random);
        }
        // shuffle so that colleagues are not always the most frequent contacts
        for (int i = contacts.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = contacts[i];
            contacts[i] = contacts[j];
            contacts[j] = swap;
        }
        foreignContacts = new long[1 + random.nextInt(3)];
        for (int i = 0; i < foreignContacts.length; i++) {
            foreignContacts[i] = Country.ALL[Country.randomCalledFromNorway(random)].randomMobile(random);
        }
    }

    /** Adds this line's records of one day; call only for days the line is active, in date order. */
    void generateDay(CalendarDay day, int dayIndex, UsageEvents out) {
        if (day.monthKey != plannedMonth) {
            planMonth(day.date);
        }
        int dayOfMonth = day.date.getDayOfMonth() - 1;
        int country = dayCountry[dayOfMonth];
        boolean broadband = "MBB_50".equals(line.planOn(day.date));
        dataSessions(day, dayIndex, country, dayBytes[dayOfMonth], broadband, out);
        if (broadband) {
            return; // the plan has no calls or messages
        }
        boolean home = country == Country.NORWAY;
        double activity = home ? day.callActivity : day.workingDay ? 0.55 : 0.4;
        double share = activity / ACTIVITY_PER_MONTH;

        for (int n = poisson(callsMadePerMonth * share); n > 0; n--) {
            long party = home ? partyFromNorway(FOREIGN_CALLS_FROM_NORWAY) : partyAbroad(country, 0.7);
            voice(day, dayIndex, home, UsageEvents.MO, party, country, callSeconds(90, 1.0), out);
        }
        for (int n = poisson(callsReceivedPerMonth * share); n > 0; n--) {
            long party = home ? partyFromNorway(FOREIGN_CALLS_FROM_NORWAY) : partyAbroad(country, 0.85);
            voice(day, dayIndex, home, UsageEvents.MT, party, country, callSeconds(90, 1.0), out);
        }
        for (int n = poisson(smsSentPerMonth * share); n > 0; n--) {
            long party = home ? partyFromNorway(FOREIGN_SMS_FROM_NORWAY) : partyAbroad(country, 0.75);
            message(day, dayIndex, home, UsageEvents.SMS, UsageEvents.MO, party, country, out);
        }
        for (int n = poisson(smsReceivedPerMonth * share); n > 0; n--) {
            long party = home ? partyFromNorway(FOREIGN_SMS_FROM_NORWAY) : partyAbroad(country, 0.85);
            message(day, dayIndex, home, UsageEvents.SMS, UsageEvents.MT, party, country, out);
        }
        for (int n = poisson(mmsPerMonth * share); n > 0; n--) {
            message(day, dayIndex, home, UsageEvents.MMS, UsageEvents.MO, home ? contact() : partyAbroad(country, 0.9), country, out);
        }
        for (int n = poisson(mmsPerMonth * share); n > 0; n--) {
            message(day, dayIndex, home, UsageEvents.MMS, UsageEvents.MT, home ? contact() : partyAbroad(country, 0.9), country, out);
        }
        if (home) {
            specialNumbers(day, dayIndex, share, out);
            contentServices(day, dayIndex, out);
        }
    }

    /** Moves the extra packages bought up to and including {@code lastDay} into {@code into}. */
    void takeOrdersThrough(LocalDate lastDay, List<ExtraPackageOrder> into) {
        for (Iterator<ExtraPackageOrder> it = pendingOrders.iterator(); it.hasNext();) {
            ExtraPackageOrder order = it.next();
            if (!order.boughtAt().atZone(CalendarDay.OSLO).toLocalDate().isAfter(lastDay)) {
                into.add(order);
                it.remove();
            }
        }
    }

    private void specialNumbers(CalendarDay day, int dayIndex, double share, UsageEvents out) {
        for (int n = poisson(directoryPerMonth * share); n > 0; n--) {
            long number = DIRECTORY_ENQUIRIES[random.nextInt(4) == 0 ? 1 : 0];
            voice(day, dayIndex, true, UsageEvents.MO, number, Country.NORWAY, callSeconds(60, 0.5), out);
        }
        for (int n = poisson(freephonePerMonth * share); n > 0; n--) {
            long number = UsageEvents.nationalEightDigits(80_000_000L + random.nextInt(100_000));
            voice(day, dayIndex, true, UsageEvents.MO, number, Country.NORWAY, callSeconds(200, 0.8), out);
        }
        for (int n = poisson(shortNumberPerMonth * share); n > 0; n--) {
            long number = SHORT_NUMBERS[random.nextInt(SHORT_NUMBERS.length)];
            voice(day, dayIndex, true, UsageEvents.MO, number, Country.NORWAY, callSeconds(45, 0.5), out);
        }
    }

    private void contentServices(CalendarDay day, int dayIndex, UsageEvents out) {
        if (line.parksOnWorkingDays() && day.workingDay) {
            contentPurchase(day, dayIndex, ContentService.PARKING, out);
        }
        double commute = day.workingDay ? 1.3 : 0.35;
        for (int service = 0; service < contentPerMonth.length; service++) {
            double perDay = contentPerMonth[service] / 30.4;
            if (service == ContentService.PARKING || service == ContentService.TICKET) {
                perDay *= commute;
            }
            for (int n = poisson(perDay); n > 0; n--) {
                contentPurchase(day, dayIndex, service, out);
            }
        }
    }

    private void contentPurchase(CalendarDay day, int dayIndex, int service, UsageEvents out) {
        ContentService content = ContentService.ALL[service];
        int second;
        long ore;
        switch (service) {
            case ContentService.PARKING -> {
                second = between(7 * 3600 + 1800, 18 * 3600);
                ore = Math.min(18_000, PARKING_PRICES_ORE[random.nextInt(PARKING_PRICES_ORE.length)] + 10L * random.nextInt(100));
            }
            case ContentService.TICKET -> {
                second = random.nextBoolean() ? between(6 * 3600 + 1800, 9 * 3600) : between(15 * 3600, 18 * 3600);
                ore = TICKET_PRICES_ORE[random.nextInt(TICKET_PRICES_ORE.length)];
            }
            case ContentService.DONATION -> {
                second = between(9 * 3600, 22 * 3600);
                ore = DONATIONS_ORE[random.nextInt(DONATIONS_ORE.length)];
            }
            default -> {
                second = between(19 * 3600, 22 * 3600 + 1800);
                ore = VOTE_PRICES_ORE[random.nextInt(VOTE_PRICES_ORE.length)];
            }
        }
        long shortCode = content.shortCodes[random.nextInt(content.shortCodes.length)];
        out.add(day.epochSecondAt(second), index, UsageEvents.CONTENT, UsageEvents.NO_DIRECTION, shortCode, Country.NORWAY,
                ore, service, dayIndex);
    }

    private void voice(CalendarDay day, int dayIndex, boolean home, byte direction, long party, int country, long seconds,
            UsageEvents out) {
        out.add(day.epochSecondAt(callTime(day, home)), index, UsageEvents.VOICE, direction, party, country, seconds, 0, dayIndex);
    }

    private void message(CalendarDay day, int dayIndex, boolean home, byte type, byte direction, long party, int country,
            UsageEvents out) {
        out.add(day.epochSecondAt(callTime(day, home)), index, type, direction, party, country, 0, 0, dayIndex);
    }

    private void dataSessions(CalendarDay day, int dayIndex, int country, long bytes, boolean broadband, UsageEvents out) {
        long total = Math.max(bytes, MB + random.nextInt(500_000));
        int sessions = (int) ((total + SESSION_SPLIT - 1) / SESSION_SPLIT);
        if (!broadband) {
            sessions = Math.max(sessions, 1 + random.nextInt(2));
        } else {
            sessions += random.nextInt(2);
        }
        sessions = (int) Math.max(1, Math.min(sessions, total / (MB + MB / 5)));
        if (sessionWeights.length < sessions) {
            sessionWeights = new double[sessions * 2];
        }
        double sum = 0;
        for (int i = 0; i < sessions; i++) {
            sessionWeights[i] = 0.85 + 0.3 * random.nextDouble();
            sum += sessionWeights[i];
        }
        boolean router = broadband && !line.hasHolder();
        for (int i = 0; i < sessions; i++) {
            long size = Math.min(LARGEST_SESSION, Math.max(MB, (long) (total * sessionWeights[i] / sum)));
            int roll = random.nextInt(100);
            int second = roll < 4 ? between(0, 6 * 3600) // updates and sync at night
                    : router && day.workingDay ? between(7 * 3600 + 1800, 17 * 3600 + 1800)
                            : roll < 60 ? between(8 * 3600, 17 * 3600) : between(6 * 3600, 24 * 3600);
            out.add(day.epochSecondAt(second), index, UsageEvents.DATA, UsageEvents.NO_DIRECTION, UsageEvents.NO_PARTY, country,
                    size, 0, dayIndex);
        }
    }

    /**
     * Decides the month's data, day by day, before any of it is written: the volume must land in the
     * plan's range, and an extra package is bought on the day the package runs out.
     */
    private void planMonth(LocalDate someDay) {
        YearMonth month = YearMonth.from(someDay);
        plannedMonth = month.getYear() * 12 + month.getMonthValue() - 1;
        planTripsThrough(month.getYear());
        int length = month.lengthOfMonth();
        LocalDate first = month.atDay(1);
        boolean router = !line.hasHolder();
        double sum = 0;
        double[] weights = new double[length];
        for (int d = 0; d < length; d++) {
            LocalDate date = first.plusDays(d);
            dayCountry[d] = (byte) countryOn(date.toEpochDay());
            double base = NorwegianCalendar.isWorkingDay(date) ? 1.0 : router ? 0.25 : 0.8;
            weights[d] = base * (0.55 + 0.9 * random.nextDouble());
            sum += weights[d];
        }
        // Datakontroll lines overshoot often, so that the block is visible in the demo
        boolean overshoot = line.dataControl() && random.nextInt(100) < 45;
        double level = overshoot ? 0.75 + 0.25 * random.nextDouble() : 0.6 * dataLevel + 0.4 * random.nextDouble();
        for (int d = 0; d < length; d++) {
            String plan = line.planOn(first.plusDays(d));
            dayBytes[d] = (long) (monthlyData(plan, level) * weights[d] / sum * roamingDataFactor(dayCountry[d]));
        }
        planExtraPackage(first, length);
    }

    private void planExtraPackage(LocalDate first, int length) {
        if (!line.hasHolder()) {
            return;
        }
        long used = 0;
        for (int d = 0; d < length; d++) {
            LocalDate date = first.plusDays(d);
            if (!date.isBefore(today)) {
                return;
            }
            String plan = line.planOn(date);
            long included = includedData(plan);
            if (!line.activeOn(date) || included == 0 || !countsAgainstPackage(dayCountry[d])) {
                continue;
            }
            used += dayBytes[d];
            if (used > included) {
                if (line.dataControl()) {
                    // bought after the block: in a later weekly file than the one that crosses the limit
                    LocalDate after = date.plusDays(8 - date.getDayOfWeek().getValue() + random.nextInt(3));
                    if (random.nextInt(100) < 55 && after.getMonth() == date.getMonth() && after.isBefore(today)
                            && line.activeOn(after)) {
                        order(after, plan);
                    }
                } else if (("FRI_1".equals(plan) || "FRI_5".equals(plan)) && random.nextInt(100) < 40) {
                    order(date, plan);
                }
                return;
            }
        }
    }

    private void order(LocalDate date, String plan) {
        int roll = random.nextInt(100);
        String extra = switch (plan) {
            case "FRI_1" -> roll < 85 ? "EXTRA_1" : roll < 95 ? "EXTRA_5" : "EXTRA_15";
            case "FRI_5" -> roll < 88 ? "EXTRA_5" : "EXTRA_15";
            default -> roll < 70 ? "EXTRA_5" : "EXTRA_15";
        };
        int payerRoll = random.nextInt(100);
        String payer = payerRoll < 50 ? "COMPANY" : payerRoll < 80 ? "SALARY" : "VIPPS";
        Instant boughtAt = ZonedDateTime.of(date, LocalTime.ofSecondOfDay(between(9 * 3600, 22 * 3600)), CalendarDay.OSLO)
                .toInstant();
        pendingOrders.add(new ExtraPackageOrder(line.msisdn(), extra, payer, boughtAt));
    }

    private void planTripsThrough(int year) {
        if (tripsPlannedThrough == Integer.MIN_VALUE) {
            tripsPlannedThrough = year - 1;
        }
        while (tripsPlannedThrough < year) {
            tripsPlannedThrough++;
            if (line.hasHolder()) {
                planTrips(tripsPlannedThrough);
            }
        }
    }

    /** 2–5 trips of 2–10 days a year; the first is usually the July holiday. */
    private void planTrips(int year) {
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            for (int attempt = 0; attempt < 8; attempt++) {
                boolean summer = random.nextInt(100) < (i == 0 ? 65 : 12);
                LocalDate start = summer ? LocalDate.of(year, 7, 1).plusDays(random.nextInt(28))
                        : LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                long from = start.toEpochDay();
                long until = from + 2 + random.nextInt(9);
                if (!overlapsTrip(from, until)) {
                    addTrip(from, until, Country.randomTravelDestination(random));
                    break;
                }
            }
        }
    }

    private boolean overlapsTrip(long from, long until) {
        for (int i = 0; i < trips; i++) {
            if (from <= tripEnds[i] && tripStarts[i] <= until) { // at least one day at home in between
                return true;
            }
        }
        return false;
    }

    private void addTrip(long from, long until, int country) {
        if (trips == tripStarts.length) {
            tripStarts = Arrays.copyOf(tripStarts, trips * 2);
            tripEnds = Arrays.copyOf(tripEnds, trips * 2);
            tripCountries = Arrays.copyOf(tripCountries, trips * 2);
        }
        tripStarts[trips] = from;
        tripEnds[trips] = until;
        tripCountries[trips] = country;
        trips++;
    }

    private int countryOn(long epochDay) {
        for (int i = 0; i < trips; i++) {
            if (epochDay >= tripStarts[i] && epochDay < tripEnds[i]) {
                return tripCountries[i];
            }
        }
        return Country.NORWAY;
    }

    private static long monthlyData(String plan, double level) {
        return switch (plan) {
            case "FRI_1" -> (long) ((0.5 + 1.1 * level) * GB);
            case "FRI_5" -> (long) ((2 + 5 * level) * GB);
            case "FRI_20" -> (long) ((6 + 16 * level) * GB);
            case "BASIS" -> (long) ((50 + 350 * level) * MB);
            case "MBB_50" -> (long) ((10 + 45 * level) * GB);
            default -> (long) ((1 + 4 * level) * GB);
        };
    }

    private static long includedData(String plan) {
        return switch (plan) {
            case "FRI_1" -> GB;
            case "FRI_5" -> 5 * GB;
            case "FRI_20" -> 20 * GB;
            case "MBB_50" -> 50 * GB;
            default -> 0;
        };
    }

    /** Roam like at home in the EU/EEA; elsewhere data is dear, and people use wifi. */
    private static double roamingDataFactor(int country) {
        return switch (Country.ALL[country].zone) {
            case "NO" -> 1.0;
            case Country.EU -> 0.9;
            case Country.Z1 -> 0.4;
            case Country.Z2 -> 0.3;
            default -> 0.25;
        };
    }

    private static boolean countsAgainstPackage(int country) {
        String zone = Country.ALL[country].zone;
        return "NO".equals(zone) || Country.EU.equals(zone);
    }

    private long partyFromNorway(double foreignShare) {
        if (random.nextDouble() < foreignShare) {
            return random.nextInt(10) < 6 ? foreignContacts[random.nextInt(foreignContacts.length)]
                    : Country.ALL[Country.randomCalledFromNorway(random)].randomMobile(random);
        }
        return domesticParty();
    }

    /** Abroad: mostly home to Norway, otherwise a local number of the visited country. */
    private long partyAbroad(int country, double homeShare) {
        return random.nextDouble() < homeShare ? domesticParty() : Country.ALL[country].randomMobile(random);
    }

    private long domesticParty() {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return contact();
        }
        return roll < 88 ? Country.randomNorwegianMobile(random) : Country.randomNorwegianLandline(random);
    }

    /** A frequent contact; the first few are called far more often than the rest. */
    private long contact() {
        double u = random.nextDouble();
        return contacts[(int) (contacts.length * u * u)];
    }

    /** Local time of day of a call or message: office hours on working days, daytime otherwise. */
    private int callTime(CalendarDay day, boolean home) {
        int roll = random.nextInt(100);
        if (home && day.workingDay) {
            if (roll < 80) {
                return between(8 * 3600, 17 * 3600);
            }
            if (roll < 92) {
                return between(17 * 3600, 22 * 3600);
            }
            return roll < 97 ? between(7 * 3600, 8 * 3600) : between(22 * 3600, 23 * 3600 + 1800);
        }
        if (roll < 15) {
            return between(8 * 3600, 10 * 3600);
        }
        return roll < 85 ? between(10 * 3600, 20 * 3600) : between(20 * 3600, 23 * 3600);
    }

    /** Log-normal: most calls are short, some are long; capped at three hours. */
    private long callSeconds(double median, double sigma) {
        double seconds = median * Math.exp(sigma * gaussian());
        return Math.max(1, Math.min(10_800, Math.round(seconds)));
    }

    private int between(int fromSecond, int untilSecond) {
        return fromSecond + random.nextInt(untilSecond - fromSecond);
    }

    /** Knuth's method; the means here are small (at most a few a day). */
    private int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        int count = 0;
        double product = random.nextDouble();
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    /** Marsaglia's polar method, so that the stream does not depend on a JDK's default nextGaussian. */
    private double gaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * factor;
        hasSpareGaussian = true;
        return u * factor;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}

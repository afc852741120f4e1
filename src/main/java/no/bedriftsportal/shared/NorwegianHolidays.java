package no.bedriftsportal.shared;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The 12 Norwegian public holidays (helligdager and høytidsdager): New Year's Day, Maundy Thursday,
 * Good Friday, Easter Sunday, Easter Monday, 1 May, 17 May, Ascension Day, Whit Sunday, Whit Monday,
 * Christmas Day and Boxing Day. The church holidays move with Easter, found by the anonymous
 * Gregorian algorithm.
 */
public final class NorwegianHolidays {

    /** Days after Easter Sunday: Maundy Thursday, Good Friday, Easter Sunday, Easter Monday, Ascension, Whit Sunday and Monday. */
    private static final int[] FROM_EASTER = {-3, -2, 0, 1, 39, 49, 50};

    private NorwegianHolidays() {
    }

    public static boolean isPublicHoliday(LocalDate day) {
        int month = day.getMonthValue();
        int dayOfMonth = day.getDayOfMonth();
        if (month == 1 && dayOfMonth == 1 || month == 5 && (dayOfMonth == 1 || dayOfMonth == 17)
                || month == 12 && (dayOfMonth == 25 || dayOfMonth == 26)) {
            return true;
        }
        long sinceEaster = day.toEpochDay() - easterSunday(day.getYear()).toEpochDay();
        for (int offset : FROM_EASTER) {
            if (sinceEaster == offset) {
                return true;
            }
        }
        return false;
    }

    /** The year's public holidays in date order: 12, or 11 when two fall on one day (Whit Monday on 17 May 2027). */
    public static List<LocalDate> of(int year) {
        LocalDate easter = easterSunday(year);
        return Stream.concat(
                        Stream.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1),
                                LocalDate.of(year, 5, 17), LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26)),
                        Arrays.stream(FROM_EASTER).mapToObj(easter::plusDays))
                .distinct()
                .sorted()
                .toList();
    }

    /** The Gregorian Easter Sunday (the anonymous Gregorian algorithm, also called Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}

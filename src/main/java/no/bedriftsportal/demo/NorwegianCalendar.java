package no.bedriftsportal.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/** Norwegian public holidays and how busy a business phone is on a given day. */
final class NorwegianCalendar {

    private NorwegianCalendar() {
    }

    static boolean isPublicHoliday(LocalDate day) {
        int month = day.getMonthValue();
        int dayOfMonth = day.getDayOfMonth();
        if (month == 1 && dayOfMonth == 1 || month == 5 && (dayOfMonth == 1 || dayOfMonth == 17)
                || month == 12 && (dayOfMonth == 25 || dayOfMonth == 26)) {
            return true;
        }
        long sinceEaster = day.toEpochDay() - easterSunday(day.getYear()).toEpochDay();
        // Maundy Thursday, Good Friday, Easter Sunday, Easter Monday, Ascension, Whit Sunday, Whit Monday
        return sinceEaster == -3 || sinceEaster == -2 || sinceEaster == 0 || sinceEaster == 1 || sinceEaster == 39
                || sinceEaster == 49 || sinceEaster == 50;
    }

    static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isPublicHoliday(day);
    }

    /**
     * Calls and messages on this day relative to an ordinary working day: weekends and holidays are
     * quiet, and so are the weeks most Norwegians take off (July, Christmas, Easter week).
     */
    static double callActivity(LocalDate day) {
        if (isPublicHoliday(day)) {
            return 0.1;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY) {
            return 0.22;
        }
        if (weekday == DayOfWeek.SUNDAY) {
            return 0.12;
        }
        Month month = day.getMonth();
        int dayOfMonth = day.getDayOfMonth();
        if (month == Month.JULY) {
            return 0.5;
        }
        if (month == Month.DECEMBER && dayOfMonth == 24) {
            return 0.15;
        }
        if (month == Month.DECEMBER && dayOfMonth >= 27) {
            return 0.35;
        }
        if (month == Month.AUGUST && dayOfMonth <= 10) {
            return 0.8;
        }
        long sinceEaster = day.toEpochDay() - easterSunday(day.getYear()).toEpochDay();
        if (sinceEaster >= -6 && sinceEaster <= -4) {
            return 0.6;
        }
        return 1.0;
    }

    /** The Gregorian Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
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

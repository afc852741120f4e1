package no.bedriftsportal.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

import no.bedriftsportal.shared.NorwegianHolidays;

/** Working days (the public holidays are {@link NorwegianHolidays}) and how busy a business phone is on a given day. */
final class NorwegianCalendar {

    private NorwegianCalendar() {
    }

    static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !NorwegianHolidays.isPublicHoliday(day);
    }

    /**
     * Calls and messages on this day relative to an ordinary working day: weekends and holidays are
     * quiet, and so are the weeks most Norwegians take off (July, Christmas, Easter week).
     */
    static double callActivity(LocalDate day) {
        if (NorwegianHolidays.isPublicHoliday(day)) {
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
        long sinceEaster = day.toEpochDay() - NorwegianHolidays.easterSunday(day.getYear()).toEpochDay();
        if (sinceEaster >= -6 && sinceEaster <= -4) {
            return 0.6;
        }
        return 1.0;
    }
}

package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import no.bedriftsportal.shared.NorwegianFormat;

/**
 * An alert in words (X2): the arguments of {@code alerts.text.<KIND>} — {0} who (name and number), {1} the amount
 * (kroner, or per cent of the month's data), {2} the period (a day, a month, an invoice number), {3} what it is
 * measured against, {4} the day it happened — the same for the page, the SMS and the e-mail.
 */
final class AlertWords {

    private AlertWords() {
    }

    static String key(AlertKind kind) {
        return "alerts.text." + kind.name();
    }

    static Object[] arguments(AlertLine line, Locale locale) {
        return new Object[] {who(line), amount(line.kind(), line.amount()), period(line, locale),
                amount(line.kind(), line.reference()), NorwegianFormat.date(line.occurredOn())};
    }

    static String who(AlertLine line) {
        if (line.msisdn() == null) {
            return line.departmentName() == null ? "" : line.customerNumber() + " " + line.departmentName();
        }
        String number = NorwegianFormat.msisdn(line.msisdn());
        return line.userName() == null ? number : line.userName() + " (" + number + ")";
    }

    static String amount(AlertKind kind, BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        if (kind == AlertKind.DATA_80 || kind == AlertKind.DATA_100) {
            return NorwegianFormat.decimal(amount.stripTrailingZeros().scale() <= 0 ? amount.setScale(0, java.math.RoundingMode.DOWN)
                    : amount) + " %";
        }
        if (kind == AlertKind.INVOICE_OVERDUE && amount.scale() == 0) {
            return amount.toPlainString();
        }
        return NorwegianFormat.money(amount);
    }

    static String period(AlertLine line, Locale locale) {
        return switch (line.kind().period()) {
            case DAY -> NorwegianFormat.date(line.occurredOn());
            case MONTH -> month(YearMonth.from(line.occurredOn()), locale);
            case INVOICE -> line.period();
        };
    }

    static String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month.atDay(1));
    }

    static String day(LocalDate day) {
        return NorwegianFormat.date(day);
    }
}

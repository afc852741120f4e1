package no.bedriftsportal.isolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;

import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;

/**
 * One piece of the victim's data to search answers for, in every spelling an answer may use (a
 * number as {@code +4741234567}, {@code 41234567}, {@code 412 34 567}). A number only counts on its
 * own, not as digits inside a longer number.
 *
 * @param what      what it is, for the failure message
 * @param reach     who may legitimately see it
 * @param spellings the texts that give it away
 */
record Marker(String what, Reach reach, List<String> spellings) {

    /** Who may see a marker: the whole victim company, the users of its marked customer number, or those with the invoices module too. */
    enum Reach {
        /** The victim company's own name and organisation number: any user of the company. */
        COMPANY,
        /** The data of the marked customer number: its super users and users granted that number. */
        CUSTOMER_NUMBER,
        /** The marked customer number's invoices: as above, and only with the invoices module. */
        INVOICES
    }

    static Marker text(String what, Reach reach, String text) {
        return new Marker(what, reach, List.of(text));
    }

    static Marker msisdn(String what, Msisdn msisdn) {
        String display = msisdn.display();
        return new Marker(what, Reach.CUSTOMER_NUMBER, List.of(msisdn.value(), msisdn.national(), display,
                display.replace(' ', '\u00a0'), msisdn.value().replace("+", "%2B")));
    }

    /** An amount as the pages ({@code 3 197,77}), the files and JSON ({@code 3197.77}) write it. */
    static Marker amount(String what, Reach reach, BigDecimal amount) {
        String shown = NorwegianFormat.decimal(amount);
        String plain = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return new Marker(what, reach, List.of(shown, shown.replace(NorwegianFormat.GROUP_SEPARATOR, ' '), plain,
                plain.replace('.', ',')));
    }

    /** Whether the text tells this marker, in any spelling. */
    boolean foundIn(String text) {
        return spellings.stream().anyMatch(spelling -> pattern(spelling).matcher(text).find());
    }

    /** Whether the request itself carries the marker: an answer that repeats it tells the caller nothing new. */
    boolean echoedFrom(String request) {
        return spellings.stream().anyMatch(request::contains);
    }

    private static Pattern pattern(String spelling) {
        String quoted = Pattern.quote(spelling);
        String before = Character.isDigit(spelling.charAt(0)) ? "(?<![0-9])" : "";
        String after = Character.isDigit(spelling.charAt(spelling.length() - 1)) ? "(?![0-9])" : "";
        return Pattern.compile(before + quoted + after);
    }
}

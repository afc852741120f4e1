package no.bedriftsportal.costsharing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

import no.bedriftsportal.shared.NorwegianFormat;

/**
 * The words of a content notice or reminder (IC6, #15.4), in Norwegian bokmål: a short SMS with the
 * link, and an e-mail (text and HTML) that says the same with the company's free text. Nothing
 * about the purchases themselves beyond their number: what was bought is on the page behind the
 * login, not in a message a colleague might read over a shoulder.
 */
final class NoticeMessages {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("nb-NO"));

    private NoticeMessages() {
    }

    /** What a message says: to whom, of which month, how many purchases are still to be marked, by when. */
    record Facts(String companyName, String firstName, YearMonth month, int purchases, int unclassified, LocalDate deadline,
            String link, String freeText, boolean reminder) {
    }

    record Mail(String subject, String text, String html) {
    }

    static String sms(Facts facts) {
        String lead = facts.reminder() ? "Påminnelse fra " + facts.companyName() + ": " : facts.companyName() + ": ";
        String body = lead + "Du har " + count(facts) + " i " + month(facts.month()) + " som skal merkes jobb eller privat innen "
                + NorwegianFormat.date(facts.deadline()) + ". " + facts.link();
        return facts.freeText() == null || facts.freeText().isBlank() ? body : body + "\n" + facts.freeText().strip();
    }

    static Mail mail(Facts facts) {
        String subject = (facts.reminder() ? "Påminnelse: " : "") + "Merk innholdskjøpene dine for " + month(facts.month())
                + " innen " + NorwegianFormat.date(facts.deadline());
        String free = facts.freeText() == null || facts.freeText().isBlank() ? null : facts.freeText().strip();
        String text = "Hei " + facts.firstName() + "!\n\n"
                + "Du har " + count(facts) + " på mobilabonnementet ditt i " + month(facts.month())
                + " (for eksempel parkering, billetter eller innsamlinger betalt med mobilen). Merk hvert kjøp som jobb eller privat innen "
                + NorwegianFormat.date(facts.deadline()) + ". Etter fristen kan du ikke endre noe.\n\n"
                + "Åpne lenken og logg inn med mobilnummeret ditt og koden du får på SMS:\n" + facts.link() + "\n\n"
                + (free == null ? "" : free + "\n\n")
                + "Hilsen " + facts.companyName() + " via Bedriftsportalen\n";
        String html = "<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(subject)
                + "</title></head><body style=\"font-family: sans-serif; line-height: 1.5; color: #1a1a1a;\">"
                + "<p>Hei " + HtmlUtils.htmlEscape(facts.firstName()) + "!</p>"
                + "<p>Du har <strong>" + HtmlUtils.htmlEscape(count(facts)) + "</strong> på mobilabonnementet ditt i "
                + HtmlUtils.htmlEscape(month(facts.month()))
                + " (for eksempel parkering, billetter eller innsamlinger betalt med mobilen). Merk hvert kjøp som jobb eller privat innen <strong>"
                + NorwegianFormat.date(facts.deadline()) + "</strong>. Etter fristen kan du ikke endre noe.</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(facts.link()) + "\" style=\"display: inline-block; padding: 10px 16px; "
                + "background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">Merk kjøpene</a></p>"
                + "<p>Du logger inn med mobilnummeret ditt og koden du får på SMS.</p>"
                + (free == null ? "" : "<p>" + HtmlUtils.htmlEscape(free).replace("\n", "<br>") + "</p>")
                + "<p>Hilsen " + HtmlUtils.htmlEscape(facts.companyName()) + " via Bedriftsportalen</p></body></html>";
        return new Mail(subject, text, html);
    }

    private static String count(Facts facts) {
        int shown = facts.reminder() ? facts.unclassified() : facts.purchases();
        String what = shown == 1 ? "1 innholdskjøp" : shown + " innholdskjøp";
        return facts.reminder() ? what + " som ikke er merket" : what;
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }
}

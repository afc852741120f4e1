package no.bedriftsportal.costsharing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import no.bedriftsportal.shared.NorwegianFormat;

/**
 * The words of a content notice or reminder (IC6, #15.4), in the company's language (Innstillinger →
 * Firma, S2; the bundles' {@code notice.*}): a short SMS with the link, and an e-mail (text and HTML)
 * that says the same with the company's free text. Nothing about the purchases themselves beyond
 * their number: what was bought is on the page behind the login, not in a message a colleague
 * might read over a shoulder.
 */
@Component
class NoticeMessages {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

    private final MessageSource messages;

    NoticeMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** What a message says: to whom, of which month, how many purchases are still to be marked, by when. */
    record Facts(String companyName, String firstName, YearMonth month, int purchases, int unclassified, LocalDate deadline,
            String link, String freeText, boolean reminder) {
    }

    record Mail(String subject, String text, String html) {
    }

    String sms(Facts facts, Locale locale) {
        String body = t(facts.reminder() ? "notice.sms.reminder" : "notice.sms", locale, facts.companyName(), count(facts, locale),
                month(facts.month(), locale), NorwegianFormat.date(facts.deadline()), facts.link());
        return facts.freeText() == null || facts.freeText().isBlank() ? body : body + "\n" + facts.freeText().strip();
    }

    Mail mail(Facts facts, Locale locale) {
        String month = month(facts.month(), locale);
        String deadline = NorwegianFormat.date(facts.deadline());
        String subject = t(facts.reminder() ? "notice.mail.subject.reminder" : "notice.mail.subject", locale, month, deadline);
        String free = facts.freeText() == null || facts.freeText().isBlank() ? null : facts.freeText().strip();
        String count = count(facts, locale);
        String greeting = t("notice.mail.greeting", locale, facts.firstName());
        String signature = t("notice.mail.signature", locale, facts.companyName());
        String text = greeting + "\n\n"
                + t("notice.mail.body", locale, count, month, deadline) + "\n\n"
                + t("notice.mail.open", locale) + "\n" + facts.link() + "\n\n"
                + (free == null ? "" : free + "\n\n")
                + signature + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                + escape(subject)
                + "</title></head><body style=\"font-family: sans-serif; line-height: 1.5; color: #1a1a1a;\">"
                + "<p>" + escape(greeting) + "</p>"
                + "<p>" + t("notice.mail.body", locale, "<strong>" + escape(count) + "</strong>",
                        escape(month), "<strong>" + deadline + "</strong>") + "</p>"
                + "<p><a href=\"" + escape(facts.link()) + "\" style=\"display: inline-block; padding: 10px 16px; "
                + "background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">"
                + escape(t("notice.mail.button", locale)) + "</a></p>"
                + "<p>" + escape(t("notice.mail.login", locale)) + "</p>"
                + (free == null ? "" : "<p>" + escape(free).replace("\n", "<br>") + "</p>")
                + "<p>" + escape(signature) + "</p></body></html>";
        return new Mail(subject, text, html);
    }

    private String count(Facts facts, Locale locale) {
        int shown = facts.reminder() ? facts.unclassified() : facts.purchases();
        return t(facts.reminder() ? "notice.count.unmarked" : "notice.count", locale, shown);
    }

    /** Markup escaped, letters kept as they are (the mail is UTF-8): «Merk kjøpene», not «Merk kj&oslash;pene». */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private String t(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** {@code november 2026}, as the audit log (in bokmål) names a month. */
    static String month(YearMonth month) {
        return month(month, BOKMAL);
    }

    static String month(YearMonth month, Locale locale) {
        Locale formatting = "nb".equals(locale.getLanguage()) ? BOKMAL : locale;
        return DateTimeFormatter.ofPattern("LLLL yyyy", formatting).format(month);
    }
}

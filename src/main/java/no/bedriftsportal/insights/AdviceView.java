package no.bedriftsportal.insights;

import java.util.Locale;

/** The advice page's model: the report and its rows in words (the same words as the exports). */
public record AdviceView(AdviceReport report, AdviceWords words, Locale locale) {

    public String suggestion(AdviceRow row) {
        return words.suggestion(row, locale);
    }

    public String basis(AdviceRow row) {
        return words.basis(row, locale);
    }

    public String confidenceWhy(AdviceRow row) {
        return words.confidence(row, locale);
    }

    public AdviceQuery query() {
        return report.query();
    }
}

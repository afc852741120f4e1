package no.bedriftsportal.insights;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.NorwegianFormat;

/**
 * The advice in words, the same on the page and in the exports: the suggestion with its extra packages
 * ("Bedrift Fri 5 GB + Ekstra datapakke 1 GB i 5 av 6 måneder") and what it is based on.
 */
@Component
public class AdviceWords {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    private final MessageSource messages;

    AdviceWords(MessageSource messages) {
        this.messages = messages;
    }

    /** What to do: terminate, or the plan with the extra packages it counts on. */
    public String suggestion(AdviceRow row, Locale locale) {
        if (row.kind() == AdviceKind.IDLE) {
            return messages.getMessage("advice.suggestion.terminate", null, locale);
        }
        String plan = row.suggestedPlan().equals(row.currentPlan())
                ? messages.getMessage("advice.suggestion.keep", new Object[] {row.suggestedPlanName()}, locale)
                : row.suggestedPlanName();
        if (row.habit().isEmpty()) {
            return row.suggestedPlan().equals(row.currentPlan())
                    ? plan + " " + messages.getMessage("advice.suggestion.noExtras", null, locale) : plan;
        }
        return plan + " + " + row.habit().stream().map(habit -> messages.getMessage("advice.suggestion.habit",
                new Object[] {habit.count(), habit.name(), habit.months(), habit.of()}, locale)).collect(Collectors.joining(", "));
    }

    /** What the advice rests on: the months read, or the days without traffic. */
    public String basis(AdviceRow row, Locale locale) {
        if (row.kind() == AdviceKind.IDLE) {
            return row.lastTraffic() == null
                    ? messages.getMessage("advice.basis.neverUsed", new Object[] {Advice.IDLE_DAYS}, locale)
                    : messages.getMessage("advice.basis.idle", new Object[] {Advice.IDLE_DAYS,
                            NorwegianFormat.date(row.lastTraffic())}, locale);
        }
        return messages.getMessage("advice.basis.months", new Object[] {row.months().size(), row.firstMonth().format(MONTH),
                row.lastMonth().format(MONTH)}, locale);
    }

    /** Why the confidence is what it is. */
    public String confidence(AdviceRow row, Locale locale) {
        return messages.getMessage("advice.confidence." + row.confidence().name() + ".why", null, locale);
    }
}

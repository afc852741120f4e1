package no.bedriftsportal.costsharing;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The company's cost-sharing settings as an administrator typed them (the form, the API), before
 * they are checked.
 *
 * @param hours              per weekday its working hours, as {@code 08:00}; a weekday missing (or null) is closed
 * @param closedDays         days closed every year, as {@code dd.MM} ({@code 24.12})
 * @param contentDeadlineDay 1–28
 * @param unclassifiedAs     {@code PRIVATE} or {@code WORK}
 * @param deductionPayType   the pay type (lønnsart) of deductions, or blank for none yet
 * @param benefitPayType     the pay type (lønnsart) of benefits, or blank for none yet
 */
public record SettingsDraft(Map<DayOfWeek, Hours> hours, List<String> closedDays, String contentDeadlineDay,
        String unclassifiedAs, String deductionPayType, String benefitPayType) {

    public SettingsDraft {
        hours = hours == null ? Map.of() : new EnumMap<>(withoutNulls(hours));
        closedDays = closedDays == null ? List.of() : List.copyOf(closedDays.stream().filter(d -> d != null).toList());
    }

    /** One weekday's hours as typed. */
    public record Hours(String from, String to) {
    }

    /** The draft that shows these settings in the form. */
    public static SettingsDraft of(CostSharingSettings settings) {
        Map<DayOfWeek, Hours> hours = new EnumMap<>(DayOfWeek.class);
        settings.workingHours().days().forEach((day, span) -> hours.put(day, new Hours(span.from().toString(), span.to().toString())));
        List<String> closed = new ArrayList<>();
        settings.workingHours().closedDays().stream().sorted().forEach(day -> closed.add(dayMonth(day)));
        return new SettingsDraft(hours, closed, String.valueOf(settings.contentDeadlineDay()), settings.unclassifiedAs().name(),
                settings.deductionPayType(), settings.benefitPayType());
    }

    /** {@code 24.12} */
    public static String dayMonth(MonthDay day) {
        return "%02d.%02d".formatted(day.getDayOfMonth(), day.getMonthValue());
    }

    public boolean open(DayOfWeek day) {
        return hours.containsKey(day);
    }

    public String from(DayOfWeek day) {
        return hours.containsKey(day) ? hours.get(day).from() : "";
    }

    public String to(DayOfWeek day) {
        return hours.containsKey(day) ? hours.get(day).to() : "";
    }

    /** The closed days as the form's field shows them: {@code 24.12, 31.12}. */
    public String closedDaysText() {
        return String.join(", ", closedDays);
    }

    private static Map<DayOfWeek, Hours> withoutNulls(Map<DayOfWeek, Hours> hours) {
        Map<DayOfWeek, Hours> kept = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, span) -> {
            if (day != null && span != null) {
                kept.put(day, span);
            }
        });
        return kept;
    }
}

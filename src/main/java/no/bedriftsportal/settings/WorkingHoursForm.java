package no.bedriftsportal.settings;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;

import no.bedriftsportal.costsharing.SettingsDraft;
import no.bedriftsportal.costsharing.WorkingHours;

/**
 * The working-hours section as typed: per weekday whether it is open ({@code open-MONDAY}) and its
 * hours ({@code from-MONDAY}, {@code to-MONDAY}), the same fields invoice control's settings page uses.
 */
public record WorkingHoursForm(Map<DayOfWeek, SettingsDraft.Hours> hours) {

    public WorkingHoursForm {
        hours = hours.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(hours));
    }

    static WorkingHoursForm of(WorkingHours workingHours) {
        Map<DayOfWeek, SettingsDraft.Hours> hours = new EnumMap<>(DayOfWeek.class);
        workingHours.days().forEach((day, span) -> hours.put(day, new SettingsDraft.Hours(span.from().toString(), span.to().toString())));
        return new WorkingHoursForm(hours);
    }

    static WorkingHoursForm of(Map<String, String> fields) {
        Map<DayOfWeek, SettingsDraft.Hours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String open = fields.get("open-" + day.name());
            if ("true".equals(open) || "on".equals(open)) {
                hours.put(day, new SettingsDraft.Hours(fields.getOrDefault("from-" + day.name(), ""),
                        fields.getOrDefault("to-" + day.name(), "")));
            }
        }
        return new WorkingHoursForm(hours);
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
}

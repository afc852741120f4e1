package no.bedriftsportal.costsharing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import no.bedriftsportal.shared.api.ApiMoney;

/**
 * The company's cost-sharing settings in the company API.
 *
 * @param version                0 while the company has saved none (the defaults)
 * @param workingHours           per weekday ({@code MONDAY} …) its hours {@code {"from": "08:00", "to": "16:00"}}; a weekday missing is closed
 * @param closedDays             days closed every year besides the public holidays, {@code dd.MM}
 * @param yearlyContentThreshold configuration, read-only: NOK gross of private content purchases a year
 */
@Schema(description = "The company's settings used by the cost-sharing rules")
record SettingsJson(int version, Instant savedAt, String savedBy, Map<String, HoursJson> workingHours, List<String> closedDays,
        int contentDeadlineDay, String unclassifiedAs, String deductionPayType, String benefitPayType,
        @Schema(example = "1000.00") String yearlyContentThreshold) {

    static final String PATH = "/api/v1/invoice-control/settings";

    static SettingsJson of(CostSharingSettings settings, SettingsVersion saved, java.math.BigDecimal threshold) {
        Map<String, HoursJson> hours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            WorkingHours.Span span = settings.workingHours().days().get(day);
            if (span != null) {
                hours.put(day.name(), new HoursJson(span.from().toString(), span.to().toString()));
            }
        }
        return new SettingsJson(saved == null ? 0 : saved.version(), saved == null ? null : saved.savedAt(),
                saved == null ? null : saved.savedBy(), hours, SettingsDraft.of(settings).closedDays(), settings.contentDeadlineDay(),
                settings.unclassifiedAs().name(), settings.deductionPayType(), settings.benefitPayType(), ApiMoney.of(threshold));
    }

    /** A working day's hours: from (inclusive) to (exclusive), Oslo time. */
    record HoursJson(@Schema(example = "08:00") String from, @Schema(example = "16:00") String to) {
    }
}

package no.bedriftsportal.costsharing;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import no.bedriftsportal.shared.api.ApiMoney;

/**
 * A cost-sharing profile in the company API, as its latest version (COST-SHARING.md, "What a profile holds").
 *
 * @param readyMade     {@code STANDARD} or {@code PRIVATE_USE} for the two ready-made profiles, else null
 * @param inForceFrom   the first usage month (yyyy-MM) this version is in force for: its invoice
 * @param subscriptions how many of the token's subscriptions have it now
 * @param versions      every version, the newest first (one profile only; null in the list)
 */
@Schema(description = "A cost-sharing profile: who pays what, and the rules that steer rating")
record ProfileJson(long id, String name, String readyMade, int version, Instant savedAt, String savedBy, YearMonth inForceFrom,
        long subscriptions, RulesJson rules, List<VersionJson> versions) {

    static final String PATH = "/api/v1/invoice-control/profiles";

    static ProfileJson of(ProfileSummary summary) {
        ProfileVersion current = summary.current();
        return new ProfileJson(current.profileId(), current.name(), current.readyMade(), current.version(), current.savedAt(),
                current.savedBy(), current.firstUsageMonth(), summary.subscriptions(), RulesJson.of(current.rules()), null);
    }

    static ProfileJson of(ProfileDetail detail) {
        ProfileVersion current = detail.current();
        return new ProfileJson(current.profileId(), current.name(), current.readyMade(), current.version(), current.savedAt(),
                current.savedBy(), current.firstUsageMonth(), detail.subscriptions(), RulesJson.of(current.rules()),
                detail.versions().stream().map(VersionJson::of).toList());
    }

    /**
     * @param contentRule    {@code BENEFIT}, {@code DEDUCT_ABOVE_THRESHOLD} or {@code DEDUCT_ALL_PRIVATE}
     * @param autoExtraPackage {@code EXTRA_1}, {@code EXTRA_5}, {@code EXTRA_15} or null
     * @param autoExtraPayer {@code COMPANY} or {@code SALARY}, with a package
     * @param traffic        the traffic the employee pays
     * @param monthlyMaximum NOK gross a month, or null for none
     * @param freeAmount     NOK gross a month the company always covers
     */
    record RulesJson(String contentRule, boolean dataControl, String autoExtraPackage, String autoExtraPayer, boolean buyBySalary,
            boolean buyByVipps, List<String> traffic, @Schema(example = "1500.00") String monthlyMaximum,
            @Schema(example = "100.00") String freeAmount) {

        static RulesJson of(ProfileRules rules) {
            return new RulesJson(rules.content().name(), rules.dataControl(), rules.autoExtraPackageCode(),
                    rules.autoExtraPayer() == null ? null : rules.autoExtraPayer().name(), rules.buyBySalary(), rules.buyByVipps(),
                    rules.traffic().stream().map(Enum::name).sorted().toList(), ApiMoney.of(rules.monthlyMaximum()),
                    ApiMoney.of(rules.freeAmount()));
        }
    }

    /** One saved version. */
    record VersionJson(int version, String name, Instant savedAt, String savedBy, YearMonth inForceFrom, RulesJson rules) {

        static VersionJson of(ProfileVersion version) {
            return new VersionJson(version.version(), version.name(), version.savedAt(), version.savedBy(),
                    version.firstUsageMonth(), RulesJson.of(version.rules()));
        }
    }
}

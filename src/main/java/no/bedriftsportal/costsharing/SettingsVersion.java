package no.bedriftsportal.costsharing;

import java.time.Instant;

/** One saved version of the company's cost-sharing settings: its number, when and by whom. */
public record SettingsVersion(int version, Instant savedAt, String savedBy, CostSharingSettings settings) {
}

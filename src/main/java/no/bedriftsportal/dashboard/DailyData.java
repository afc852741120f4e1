package no.bedriftsportal.dashboard;

import java.time.LocalDate;

/** D5's chart: a day's data within the package, within extra packages, and outside any package. */
public record DailyData(LocalDate day, long bytesPackage, long bytesExtraPackage, long bytesOutside) {
}

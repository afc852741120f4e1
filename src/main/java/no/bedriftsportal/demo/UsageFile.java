package no.bedriftsportal.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One week of call detail records, as the operator's mediation would deliver it.
 *
 * @param firstDay     the Monday of the week, or the first day of the period for the first file
 * @param lastDay      the Sunday of the week, or yesterday for the last file
 * @param records      the number of records (lines after the header)
 * @param ordersBefore the extra packages bought during this file's days, by {@code boughtAt}. Register
 *                     them just before ingesting the file: data is consumed in arrival order, and with
 *                     weekly delivery the whole week arrives after the purchase, so the package serves
 *                     the week's data from its first day (in the month it was bought in).
 */
record UsageFile(Path path, LocalDate firstDay, LocalDate lastDay, int records, List<ExtraPackageOrder> ordersBefore) {
}

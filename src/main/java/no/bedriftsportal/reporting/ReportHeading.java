package no.bedriftsportal.reporting;

import java.util.List;

/**
 * What every output of a report says about itself (R4): its title, the company, and lines for the
 * period (with the invoices it covers), the level, the filter and when it was made.
 */
public record ReportHeading(String title, String description, String company, List<String> lines, String fileName) {
}

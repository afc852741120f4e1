package no.bedriftsportal.reporting;

import java.util.List;

/**
 * A report resolved for one run: what was asked, the period made concrete (with the invoices it
 * reads), and its columns at the level asked. The heading of every output is made from it.
 */
public record Report(ReportRequest request, ResolvedPeriod period, List<ReportColumn> columns) {

    public ReportKind kind() {
        return request.kind();
    }
}

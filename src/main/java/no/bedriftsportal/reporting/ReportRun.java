package no.bedriftsportal.reporting;

import java.util.Locale;

import org.springframework.stereotype.Service;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;
import no.bedriftsportal.shared.audit.Download;

/**
 * A report run by a person, on the web or through the API (R4, #16.8): the page or the file, each
 * entered in the audit log with the report, its period and its query. One service, two doors.
 */
@Service
public class ReportRun {

    private final Reports reports;
    private final ReportLabels labels;
    private final AuditTrail audit;

    ReportRun(Reports reports, ReportLabels labels, AuditTrail audit) {
        this.reports = reports;
        this.labels = labels;
        this.audit = audit;
    }

    /** A page of the report, audited as a run. */
    public ReportPage page(AccessScope scope, ReportRequest request, int page, int pageSize, Locale locale) {
        ReportPage result = reports.page(scope, request, page, pageSize, locale);
        if (page <= 1) {
            audit.changed(Change.REPORT_RUN, null, java.util.List.of(reference(result.report(), locale)));
        }
        return result;
    }

    /** The report prepared for a file, with its heading; the download is audited here, before the file is written. */
    public PreparedFile file(AccessScope scope, ReportRequest request, ReportFormat format, Locale locale) {
        Report report = reports.prepare(scope, request);
        ReportHeading heading = labels.heading(scope, report, locale);
        audit.downloaded(switch (format) {
            case EXCEL -> Download.REPORT_EXCEL;
            case CSV -> Download.REPORT_CSV;
            case PDF -> Download.REPORT_PDF;
        }, reference(report, locale));
        return new PreparedFile(report, heading, format, heading.fileName() + "." + format.extension());
    }

    /** A report ready to be written as a file. */
    public record PreparedFile(Report report, ReportHeading heading, ReportFormat format, String fileName) {
    }

    /** How the audit log names a run: {@code Kostnad per bruker, 01.11.2026–30.11.2026 (level=user&period=last-month)}. */
    private String reference(Report report, Locale locale) {
        return labels.title(report.kind(), locale) + ", " + NorwegianFormat.date(report.period().from()) + "–"
                + NorwegianFormat.date(report.period().to()) + " (" + report.request().query() + ")";
    }
}

package no.bedriftsportal.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.web.Htmx;

/**
 * Rapporter (R1–R4): the catalogue, a report's page (filter, period and sort in the URL, a page of
 * rows with totals over all of them) and its files. A refused filter is shown beside its field.
 */
@Controller
class ReportsController {

    private final ReportRun run;
    private final Reports reports;
    private final ReportFiles files;
    private final ReportChoices choices;
    private final ReportLabels labels;

    ReportsController(ReportRun run, Reports reports, ReportFiles files, ReportChoices choices, ReportLabels labels) {
        this.run = run;
        this.reports = reports;
        this.files = files;
        this.choices = choices;
        this.labels = labels;
    }

    @GetMapping("/reports")
    String catalogue(Model model) {
        model.addAttribute("groups", List.of(ReportGroup.values()));
        return "reporting/catalogue";
    }

    @GetMapping("/reports/{code}")
    String report(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String code,
            @RequestParam MultiValueMap<String, String> query, @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request, Model model) {
        ReportKind kind = kind(code);
        Locale locale = LocaleContextHolder.getLocale();
        ReportRequest asked;
        ReportPage result = null;
        String errorField = null;
        String error = null;
        try {
            asked = ReportRequest.parse(kind, query);
            result = run.page(me.scope(), asked, page, ReportView.PAGE_SIZE, locale);
        } catch (InvalidInputException e) {
            errorField = e.field();
            error = labels.t(e.messageKey(), locale, e.arguments());
            asked = ReportRequest.initial(kind);
        }
        ResolvedPeriod period = result != null ? result.report().period() : null;
        // the filter's choices are on the whole page only: an htmx swap of the results does not read them
        boolean wholePage = !Htmx.isHtmxRequest(request);
        model.addAttribute("view", new ReportView(kind, asked, result, wholePage ? choices.accounts(me.scope()) : List.of(),
                wholePage && kind.readsInvoicePeriods() ? reports.choosableInvoices(me.scope()) : List.of(),
                period != null ? period.from() : null, period != null ? period.to() : null, errorField, error));
        return Htmx.view(request, "reporting/report", "reporting/report-results");
    }

    @GetMapping("/reports/{code}.xlsx")
    void excel(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String code,
            @RequestParam MultiValueMap<String, String> query, HttpServletResponse response) {
        file(me, code, query, ReportFormat.EXCEL, response);
    }

    @GetMapping("/reports/{code}.csv")
    void csv(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String code,
            @RequestParam MultiValueMap<String, String> query, HttpServletResponse response) {
        file(me, code, query, ReportFormat.CSV, response);
    }

    @GetMapping("/reports/{code}.pdf")
    void pdf(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String code,
            @RequestParam MultiValueMap<String, String> query, HttpServletResponse response) {
        file(me, code, query, ReportFormat.PDF, response);
    }

    private void file(PortalPrincipal me, String code, MultiValueMap<String, String> query, ReportFormat format,
            HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        ReportRun.PreparedFile file = run.file(me.scope(), ReportRequest.parse(kind(code), query), format, locale);
        send(response, file);
        try {
            files.write(me.scope(), file.report(), file.heading(), format, locale, response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The headers of a file download; the body is streamed after them. */
    static void send(HttpServletResponse response, ReportRun.PreparedFile file) {
        response.setContentType(file.format().contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    static ReportKind kind(String code) {
        return ReportKind.byCode(code).orElseThrow(() -> new NotFoundException("No report " + code));
    }
}

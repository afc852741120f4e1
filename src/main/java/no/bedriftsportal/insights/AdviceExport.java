package no.bedriftsportal.insights;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.csv.CsvWriter;
import no.bedriftsportal.shared.excel.ExcelColumn;
import no.bedriftsportal.shared.excel.ExcelWorkbook;

/**
 * The savings advice as Excel or CSV (X1), with the page's filters and order, through the shared formula-safe
 * writers: one row per subscription with what it is advised, what that saves and how sure it is.
 */
@Service
class AdviceExport {

    private final Advice advice;
    private final AdviceWords words;
    private final MessageSource messages;

    AdviceExport(Advice advice, AdviceWords words, MessageSource messages) {
        this.advice = advice;
        this.words = words;
        this.messages = messages;
    }

    void excel(AccessScope scope, AdviceQuery query, Locale locale, ExcelWorkbook workbook) {
        List<String> headers = headers(locale);
        ExcelWorkbook.Sheet sheet = workbook.sheet(message("advice.title", locale), List.of(
                ExcelColumn.text(headers.get(0), 24), ExcelColumn.text(headers.get(1), 12), ExcelColumn.text(headers.get(2), 24),
                ExcelColumn.text(headers.get(3), 20), ExcelColumn.text(headers.get(4), 18), ExcelColumn.text(headers.get(5), 40),
                ExcelColumn.money(headers.get(6)), ExcelColumn.money(headers.get(7)), ExcelColumn.text(headers.get(8), 18),
                ExcelColumn.text(headers.get(9), 40)));
        rows(scope, query, locale, sheet::row);
        sheet.filter();
    }

    void csv(AccessScope scope, AdviceQuery query, Locale locale, CsvWriter writer) {
        writer.header(headers(locale));
        rows(scope, query, locale, writer::row);
    }

    private void rows(AccessScope scope, AdviceQuery query, Locale locale, Consumer<Object[]> row) {
        for (AdviceRow found : advice.report(scope, query).rows()) {
            row.accept(new Object[] {found.holderName() == null ? message("advice.noHolder", locale) : found.holderName(),
                    Msisdn.of(found.msisdn()).national(), found.customerNumber() + " " + found.departmentName(),
                    message("advice.kind." + found.kind().name(), locale), found.currentPlanName(),
                    words.suggestion(found, locale), found.savingPerMonth(), found.savingPerYear(),
                    message("advice.confidence." + found.confidence().name(), locale), words.basis(found, locale)});
        }
    }

    private List<String> headers(Locale locale) {
        return List.of("name", "number", "department", "kind", "current", "suggestion", "perMonth", "perYear", "confidence",
                "basis").stream().map(column -> message("advice.column." + column, locale)).toList();
    }

    /** Named after the day: {@code sparetips-2026-12-07.xlsx}. */
    String fileName(java.time.LocalDate today, String extension) {
        return "sparetips-" + today + "." + extension;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

package no.bedriftsportal.equipment;

import java.util.List;

import no.bedriftsportal.shared.web.PageContext;

/**
 * The import pages (E2): the upload form with a refused file's message, or a file's preview (with the message
 * when its confirmation was refused).
 */
public record ImportView(ImportPreview preview, String error) {

    public List<String> headers(PageContext page) {
        return ImportColumns.headers(java.util.Locale.forLanguageTag(page.lang()));
    }

    /** A row's problems in words: "IMEI: «…» er ikke et gyldig IMEI". */
    public List<String> problems(PageContext page, ImportPreview.Row row) {
        return row.problems().stream().map(problem -> page.t("equipment.field." + problem.field()) + ": "
                + page.t(problem.messageKey(), problem.arguments().toArray())).toList();
    }

    /** The fields a change row changes, in words. */
    public String changes(PageContext page, ImportPreview.Row row) {
        return String.join(", ", row.changed().stream().map(field -> page.t("equipment.field." + field).toLowerCase()).toList());
    }
}

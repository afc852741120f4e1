package no.bedriftsportal.shared.pdf;

import java.util.List;

/**
 * What a report says about itself above the table: the first page shows all of it, the pages after
 * it the title and the company on one line, so a loose page still says what it belongs to.
 *
 * @param lines what the report covers and when it was made, one line each, e.g. the period, the
 *              filters and "Laget 06.12.2026 kl. 14:03"
 */
public record PdfHeading(String title, String company, List<String> lines) {

    public PdfHeading {
        if (title == null || company == null) {
            throw new IllegalArgumentException("A heading needs a title and a company");
        }
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}

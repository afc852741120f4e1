package no.bedriftsportal.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import no.bedriftsportal.shared.NorwegianFormat;

/**
 * The audit page's state as the URL carries it — {@code action}, {@code person}, {@code from} and
 * {@code to} ({@code dd.MM.yyyy}), {@code page} — read leniently: an unknown action or a page that
 * is no number is ignored, a date that is no date is named in {@link #errors()} and left out.
 */
record AuditLogParameters(String action, String person, String from, String to, String page) {

    static final int PERSON_MAX_LENGTH = 100;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    AuditFilter filter() {
        return new AuditFilter(knownAction(), personFilter(), date(from), date(to));
    }

    String knownAction() {
        return Arrays.stream(AuditAction.values()).map(Enum::name).filter(name -> name.equals(action)).findFirst().orElse(null);
    }

    /** The person as searched for: stripped, at most {@value #PERSON_MAX_LENGTH} characters; null when empty. */
    String personFilter() {
        if (person == null || person.isBlank()) {
            return null;
        }
        String stripped = person.strip();
        return stripped.length() > PERSON_MAX_LENGTH ? stripped.substring(0, PERSON_MAX_LENGTH) : stripped;
    }

    int pageNumber() {
        try {
            return page == null ? 0 : Math.max(0, Math.min(1_000_000, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The field ({@code from}, {@code to}) of each date that could not be read, with its message key. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (present(from) && date(from) == null) {
            errors.put("from", "audit.filter.date.invalid");
        }
        if (present(to) && date(to) == null) {
            errors.put("to", "audit.filter.date.invalid");
        }
        return errors;
    }

    /** A date as the field shows it: as typed when unreadable, else {@code dd.MM.yyyy}. */
    String shown(String value) {
        LocalDate date = date(value);
        return date == null ? (value == null ? "" : value) : NorwegianFormat.date(date);
    }

    /** The page's address with this filter and the given page number. */
    String url(String path, int pageNumber) {
        AuditFilter filter = filter();
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (filter.action() != null) {
            url.queryParam("action", filter.action());
        }
        if (filter.person() != null) {
            url.queryParam("person", filter.person());
        }
        if (filter.from() != null) {
            url.queryParam("from", NorwegianFormat.date(filter.from()));
        }
        if (filter.to() != null) {
            url.queryParam("to", NorwegianFormat.date(filter.to()));
        }
        if (pageNumber > 0) {
            url.queryParam("page", pageNumber);
        }
        return url.encode().build().toUriString();
    }

    /** The date range as the audit entry of an export names it: {@code 01.11.2026–20.11.2026}, open ends as {@code …}. */
    String range() {
        AuditFilter filter = filter();
        return (filter.from() == null ? "…" : NorwegianFormat.date(filter.from())) + "–"
                + (filter.to() == null ? "…" : NorwegianFormat.date(filter.to()));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static LocalDate date(String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

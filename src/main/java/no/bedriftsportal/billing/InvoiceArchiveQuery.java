package no.bedriftsportal.billing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * What the invoice archive shows, all of it in the URL so that a refresh or a shared link shows the
 * same list: the filter (customer number, status, months), a search by invoice number or KID, the
 * sort, the page (from 1) and the page size. Builds the query strings of its own links.
 *
 * @param customerNumber the customer number as the user chose it (the filter holds its account id), or null
 * @param search         digits of an invoice number or KID, or null
 */
public record InvoiceArchiveQuery(String customerNumber, InvoiceFilter filter, String search, InvoiceSort sort,
        boolean descending, int page, int size) {

    public static final List<Integer> SIZES = List.of(25, 50, 100);
    public static final int DEFAULT_SIZE = 25;
    static final int SEARCH_MAX_LENGTH = 25;

    /**
     * The query from the request's parameters; null ones take the defaults (newest first, page 1,
     * 25 a page). Refuses a sort, direction, size or search it does not know, naming the field.
     */
    static InvoiceArchiveQuery of(String customerNumber, InvoiceFilter filter, String search, String sort, String direction,
            Integer page, Integer size) {
        InvoiceSort chosen = sort == null || sort.isBlank() ? InvoiceSort.DEFAULT : InvoiceSort.ofKey(sort.strip())
                .orElseThrow(() -> new InvalidInputException("sort", "invoices.sort.invalid", "unknown sort " + sort));
        boolean descending = direction == null || direction.isBlank() ? chosen.startsDescending() : switch (direction.strip()) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new InvalidInputException("dir", "invoices.sort.invalid", "unknown direction " + direction);
        };
        if (size != null && !SIZES.contains(size)) {
            throw new InvalidInputException("size", "invoices.size.invalid", "page size must be one of " + SIZES, SIZES.get(0),
                    SIZES.get(1), SIZES.get(2));
        }
        String blankless = customerNumber == null || customerNumber.isBlank() ? null : customerNumber.strip();
        return new InvoiceArchiveQuery(blankless, filter, searchDigits(search), chosen, descending,
                page == null || page < 1 ? 1 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** Newest first, the first page, nothing filtered. */
    static InvoiceArchiveQuery all() {
        return new InvoiceArchiveQuery(null, InvoiceFilter.all(), null, InvoiceSort.DEFAULT, true, 1, DEFAULT_SIZE);
    }

    /** The digits searched for: spaces and dots (as KIDs and numbers are often written) are dropped; anything else is refused. */
    static String searchDigits(String search) {
        if (search == null) {
            return null;
        }
        String digits = search.replaceAll("[\\s.\\u00a0]", "");
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > SEARCH_MAX_LENGTH) {
            throw new InvalidInputException("q", "invoices.search.invalid", "search by the digits of an invoice number or KID");
        }
        return digits;
    }

    public boolean filtered() {
        return !filter.equals(InvoiceFilter.all()) || search != null;
    }

    InvoiceArchiveQuery onPage(int number) {
        return new InvoiceArchiveQuery(customerNumber, filter, search, sort, descending, number, size);
    }

    /** The address of the page {@code number} of this list. */
    public String pageHref(int number) {
        return href(onPage(number).parameters());
    }

    /**
     * The query string of this list sorted by {@code column}: the other direction when it is sorted
     * by it already, else the column's own first direction; from the first page.
     */
    public String sortHref(InvoiceSort column) {
        boolean direction = column == sort ? !descending : column.startsDescending();
        return href(new InvoiceArchiveQuery(customerNumber, filter, search, column, direction, 1, size).parameters());
    }

    private static String href(String parameters) {
        return parameters.isEmpty() ? InvoiceRoutes.LIST : InvoiceRoutes.LIST + "?" + parameters;
    }

    /** The query string of this list as a whole (every page): what the Excel and CSV links carry. */
    public String exportParameters() {
        return query(filterParameters(true));
    }

    /** The query string of this page; defaults are left out so that the address stays short. */
    public String parameters() {
        Map<String, Object> parameters = filterParameters(true);
        if (size != DEFAULT_SIZE) {
            parameters.put("size", size);
        }
        if (page > 1) {
            parameters.put("page", page);
        }
        return query(parameters);
    }

    /** The filter, search and sort as "name=value" pairs, for the audit trail's reference. */
    String description() {
        String described = query(filterParameters(false));
        return described.isEmpty() ? "-" : described.replace('&', ' ');
    }

    private Map<String, Object> filterParameters(boolean withSort) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        putIfPresent(parameters, "customerNumber", customerNumber);
        putIfPresent(parameters, "status", filter.status() == null ? null : filter.status().name());
        putIfPresent(parameters, "from", filter.issuedFrom());
        putIfPresent(parameters, "to", filter.issuedTo());
        putIfPresent(parameters, "q", search);
        if (withSort && (sort != InvoiceSort.DEFAULT || descending != sort.startsDescending())) {
            parameters.put("sort", sort.key());
            parameters.put("dir", descending ? "desc" : "asc");
        }
        return parameters;
    }

    private static void putIfPresent(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static String query(Map<String, Object> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(String.valueOf(entry.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

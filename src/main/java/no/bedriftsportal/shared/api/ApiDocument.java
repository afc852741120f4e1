package no.bedriftsportal.shared.api;

/**
 * The two OpenAPI documents the portal describes: the company API ({@code /api/v1}, company tokens)
 * and the operator API ({@code /api/operator}, the operator token). Each is served at its own
 * {@link #url()}, behind its own door, so only a caller of that API may read it.
 */
public enum ApiDocument {
    COMPANY("company", "/api/v1", "companyToken", "Bedriftsportal company API",
            "Read a company's own data from its own systems (payroll, ERP, BI). Every call sends a company API token, made by a "
                    + "super user in the portal under Settings → API, as `Authorization: Bearer bp_…`. The company comes only from "
                    + "the token; a token limited to some customer numbers sees only those. Lists are paged with `limit` (1–500, "
                    + "default 100) and the opaque `cursor` of the previous page's `nextCursor` (null on the last page). Money is a "
                    + "string with two decimals (\"1234.50\", NOK); dates and instants are ISO-8601. Every successful GET carries "
                    + "an ETag; send it as If-None-Match to get 304. Errors are problem JSON (RFC 9457)."),
    OPERATOR("operator", "/api/operator", "operatorToken", "Bedriftsportal operator API",
            "The mobile operator's own systems: companies, customer numbers, subscriptions, usage files and billing runs. "
                    + "Every call sends the operator token (`portal.operator.token`) as `Authorization: Bearer <token>`. "
                    + "Errors are problem JSON (RFC 9457).");

    private final String group;
    private final String prefix;
    private final String securityScheme;
    private final String title;
    private final String description;

    ApiDocument(String group, String prefix, String securityScheme, String title, String description) {
        this.group = group;
        this.prefix = prefix;
        this.securityScheme = securityScheme;
        this.title = title;
        this.description = description;
    }

    String group() {
        return group;
    }

    /** The paths this document describes, e.g. {@code /api/v1}. */
    public String prefix() {
        return prefix;
    }

    /** Where the document itself is served, behind the API's own door. */
    public String url() {
        return prefix + "/openapi.json";
    }

    String securityScheme() {
        return securityScheme;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }
}

package no.bedriftsportal.isolation;

import org.springframework.util.AntPathMatcher;

import no.bedriftsportal.identity.PortalModule;

/**
 * Which door a path goes through: the operator API, the company API (tokens with scopes), the super
 * users' settings, a portal module, or none of them.
 */
enum Area {
    OPERATOR_API, COMPANY_API, SETTINGS, DASHBOARD, REPORTS, INVOICES, INVOICE_CONTROL, EQUIPMENT, INSIGHTS, OTHER;

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    static Area of(String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (withoutQuery.startsWith("/api/operator/")) {
            return OPERATOR_API;
        }
        if (withoutQuery.startsWith("/api/v1/")) {
            return COMPANY_API;
        }
        if (withoutQuery.startsWith("/settings/")) {
            return SETTINGS;
        }
        for (PortalModule module : PortalModule.values()) {
            for (String pattern : module.paths()) {
                if (PATHS.match(pattern, withoutQuery)) {
                    return valueOf(module.name());
                }
            }
        }
        return OTHER;
    }
}

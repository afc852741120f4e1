package no.bedriftsportal.shared.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpMethod;

import org.springframework.util.AntPathMatcher;

/**
 * What a company API token may read or do, and the paths each scope opens. Its authority is
 * {@code "SCOPE_" + value} (Spring Security's convention). Paths of no scope ({@code /api/v1/company},
 * {@code /api/v1/customer-accounts}) are open to every valid token. A module adds its scope or its
 * paths here in the same change that builds its routes.
 */
public enum ApiScope {
    /** The dashboard's figures: subscriptions, employees, usage aggregates. */
    DASHBOARD_READ("dashboard:read", "/api/v1/subscriptions/**", "/api/v1/employees/**", "/api/v1/usage/**"),
    /** Invoices (with lines, PDF, EHF) and payments. */
    INVOICES_READ("invoices:read", "/api/v1/invoices/**", "/api/v1/payments/**"),
    /** Portal users and their access; only a super user may give it (Settings is theirs alone). */
    ACCESS_READ("access:read", "/api/v1/portal-users/**"),
    /** Invoice control (#14): profiles, settings, assignments, employees' agreements, monthly results, payroll files. */
    INVOICE_CONTROL_READ("invoice-control:read", HttpMethod.GET, "/api/v1/invoice-control/**"),
    /** Invoice control's changes: save profiles and settings, assign, record agreements, classify purchases. */
    INVOICE_CONTROL_MANAGE("invoice-control:manage", (HttpMethod) null, "/api/v1/invoice-control/**"),
    /** Reports (#16): the catalogue, each report's rows and files, saved reports, their schedules and send logs. */
    REPORTS_READ("reports:read", HttpMethod.GET, "/api/v1/reports/**"),
    /** Reports' changes: save, rename and delete reports, set their schedules, send a report now. */
    REPORTS_MANAGE("reports:manage", (HttpMethod) null, "/api/v1/reports/**"),
    /** Company settings (S2, #17.7): details, departments' names, working hours, notification e-mail, language, payment terms. */
    SETTINGS_READ("settings:read", HttpMethod.GET, "/api/v1/settings/**"),
    /** Company settings' changes, one section at a time; only a token that sees every customer number. */
    SETTINGS_MANAGE("settings:manage", (HttpMethod) null, "/api/v1/settings/**"),
    /** Equipment (#17): the devices, each with its history, and the register as Excel or CSV. */
    EQUIPMENT_READ("equipment:read", HttpMethod.GET, "/api/v1/equipment/**"),
    /** Equipment's changes: register and change devices, hand over, take back … and import. */
    EQUIPMENT_MANAGE("equipment:manage", (HttpMethod) null, "/api/v1/equipment/**"),
    /** Insights (#18): savings advice, alerts and budgets with their forecast. */
    INSIGHTS_READ("insights:read", HttpMethod.GET, "/api/v1/insights/**"),
    /** Insights' changes: alert rules and their recipients, an alert's state, budgets. */
    INSIGHTS_MANAGE("insights:manage", (HttpMethod) null, "/api/v1/insights/**");

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final String value;
    private final HttpMethod method;
    private final List<String> paths;

    ApiScope(String value, String... paths) {
        this(value, HttpMethod.GET, paths);
    }

    /** @param method the one method this scope opens the paths for, or null for every other method (a write scope) */
    ApiScope(String value, HttpMethod method, String... paths) {
        this.value = value;
        this.method = method;
        this.paths = List.of(paths);
    }

    /** As tokens and the documentation spell it: {@code invoices:read}. */
    public String value() {
        return value;
    }

    public String authority() {
        return "SCOPE_" + value;
    }

    /** The path patterns (Ant style) this scope opens. */
    public String[] paths() {
        return paths.toArray(String[]::new);
    }

    /** The request methods this scope opens its paths for: GET and HEAD for a read scope, the others for a write scope. */
    public List<HttpMethod> methods() {
        return method == null ? List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)
                : List.of(HttpMethod.GET, HttpMethod.HEAD);
    }

    private boolean opens(HttpMethod requestMethod) {
        return methods().contains(requestMethod);
    }

    /** The scope a request needs, or empty when any valid token may call it. */
    public static Optional<ApiScope> requiredFor(String method, String path) {
        HttpMethod requestMethod = HttpMethod.valueOf(method);
        return Arrays.stream(values()).filter(scope -> scope.opens(requestMethod)
                && scope.paths.stream().anyMatch(pattern -> PATHS.match(pattern, path))).findFirst();
    }

    /** The scope of this value, or empty for an unknown one. */
    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }
}

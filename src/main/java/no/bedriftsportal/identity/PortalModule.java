package no.bedriftsportal.identity;

/**
 * The portal modules a user can be granted. Only modules that exist are listed; a module joins
 * this list in the same change that builds it. The dashboard is granted by default (S1).
 */
public enum PortalModule {
    DASHBOARD("/", "nav.dashboard", "/", "/dashboard/**"),
    /** Rapporter (#16): the report catalogue, reports and their files, saved reports and schedules. */
    REPORTS("/reports", "nav.reports", "/reports", "/reports/**"),
    INVOICES("/invoices", "nav.invoices", "/invoices", "/invoices/**"),
    /** Fakturakontroll (#14): profiles, assignments, settings, monthly results and payroll files. */
    INVOICE_CONTROL("/invoice-control", "nav.invoiceControl", "/invoice-control", "/invoice-control/**"),
    /** Utstyrsoversikt (#17): the equipment register, its devices' history, import and export. */
    EQUIPMENT("/equipment", "nav.equipment", "/equipment", "/equipment/**"),
    /** Innsikt (#18, X1–X3): savings advice, alerts and department budgets with their forecast. */
    INSIGHTS("/insights", "nav.insights", "/insights", "/insights/**");

    private final String href;
    private final String labelKey;
    private final String[] paths;

    PortalModule(String href, String labelKey, String... paths) {
        this.href = href;
        this.labelKey = labelKey;
        this.paths = paths;
    }

    /** The URL patterns that belong to the module, checked against the grant on every request. */
    public String[] paths() {
        return paths.clone();
    }

    public String href() {
        return href;
    }

    public String labelKey() {
        return labelKey;
    }

    public String authority() {
        return "MODULE_" + name();
    }
}

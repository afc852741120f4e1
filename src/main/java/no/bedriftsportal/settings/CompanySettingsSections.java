package no.bedriftsportal.settings;

import java.util.List;

/**
 * The sections of Innstillinger → Firma, in the page's order; each is a fragment
 * {@code settings/section-<id>.jte} with its own form, and the page lists them in this order. A
 * module that owns one more company setting (as the equipment register owns the replacement age) adds
 * its id here, its fragment, and one line in {@code settings/company.jte}.
 */
final class CompanySettingsSections {

    static final List<String> ALL = List.of("details", "departments", "working-hours", "notification-email", "language",
            "payment-terms", "replacement-age", "passkeys");

    private CompanySettingsSections() {
    }
}

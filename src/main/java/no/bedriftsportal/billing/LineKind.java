package no.bedriftsportal.billing;

/** What an invoice line charges for (CATALOG.md "Invoices": lines per subscription). */
public enum LineKind {
    SUBSCRIPTION_FEE,
    USAGE,
    EXTRA_PACKAGE,
    CONTENT_SERVICE,
    OTHER
}

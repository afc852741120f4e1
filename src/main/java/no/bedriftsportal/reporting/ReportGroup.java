package no.bedriftsportal.reporting;

/** The catalogue's groups, as the operator's own portal groups its reports (SPEC "Reports"). */
public enum ReportGroup {
    /** Cost split by traffic type: calls, messages, data, content, fees. */
    TRAFFIC_TYPE,
    /** Per number: cost and usage per user or department, invoice lines, subscriptions. */
    PER_NUMBER,
    /** Running: what the last invoices billed and what this month has cost so far. */
    RUNNING
}

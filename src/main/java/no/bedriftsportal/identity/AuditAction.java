package no.bedriftsportal.identity;

/**
 * The actions of the audit log; each has a name {@code audit.action.<NAME>} (the filter) and words
 * ({@link AuditWords}). Downloads and openings of another person's detail come from every module
 * through {@link no.bedriftsportal.shared.audit.AuditTrail}.
 */
enum AuditAction {
    LOGIN_CODE_SENT, LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_RATE_LIMITED, LOGOUT,
    ACCESS_GRANTED, ACCESS_CHANGED, ACCESS_REVOKED,
    API_TOKEN_CREATED, API_TOKEN_REVOKED, API_TOKEN_USED,
    DOWNLOADED, PERSON_VIEWED,
    /** {@link no.bedriftsportal.shared.audit.Change}s, by the same names. */
    COSTSHARING_PROFILE_SAVED, COSTSHARING_PROFILE_DELETED, COSTSHARING_SETTINGS_SAVED,
    /** Invoice control (#14.2, #14.6): profile choices, employees' payroll keys, agreements, classifications. */
    PROFILE_ASSIGNED, PROFILE_REMOVED, PAY_TYPE_SET, EMPLOYEE_CHANGED, AGREEMENT_RECORDED, AGREEMENT_REMOVED,
    OPENING_BALANCE_SET, CONTENT_CLASSIFIED, DATA_CONTROL_SWITCHED, EXTRA_PACKAGE_ORDERED,
    CONTENT_REMINDERS_SENT, NOTICE_CHANNELS_SET, NOTICE_TEXT_SAVED,
    /** Reports (#16.8). */
    REPORT_RUN,
    /** Reports (#16.6): saved reports, sending, schedules and where reports may be sent. */
    REPORT_SAVED, REPORT_RENAMED, REPORT_DELETED, REPORT_SENT, REPORT_SCHEDULE_SAVED, REPORT_SCHEDULE_SWITCHED,
    REPORT_SCHEDULE_DELETED, REPORT_DOMAINS_SET,
    /** The order of the portal (#17.4) decided by the operator's staff. */
    ORDER_APPROVED, ORDER_REJECTED,
    /** Company settings (S2, #17.5), each with before and after. */
    COMPANY_DETAILS_CHANGED, DEPARTMENT_RENAMED, WORKING_HOURS_CHANGED, NOTIFICATION_EMAIL_CHANGED, COMPANY_LANGUAGE_CHANGED,
    PAYMENT_TERMS_CHANGED,
    /** Equipment (#17): devices registered, changed, moved and imported; the replacement age. */
    EQUIPMENT_REGISTERED, EQUIPMENT_CHANGED, EQUIPMENT_MOVED, EQUIPMENT_IMPORTED, EQUIPMENT_REPLACEMENT_AGE_SET,
    /** A department's or user's budget set from a month on (#18.3). */
    BUDGET_SET,
    /** Passkeys (#18.4, X5): registered, renamed, removed; the company's rule for super users. */
    PASSKEY_REGISTERED, PASSKEY_RENAMED, PASSKEY_REMOVED, PASSKEY_POLICY_SET,
    /** Alerts (#18.2): a rule saved, alerts marked new, seen or closed. */
    ALERT_RULE_SAVED, ALERT_STATE_SET,
    /** Single sign-on (#18.5): a company's OpenID Connect provider saved. */
    SSO_PROVIDER_SAVED
}

package no.bedriftsportal.shared.audit;

/**
 * Changes of consequence a module records in the audit log (S3: rule changes); each is an action
 * of the log with its name {@code audit.action.<NAME>} and words {@code audit.words.<NAME>} (or
 * {@code audit.words.<NAME>.<variant>}) with the arguments the caller gives.
 */
public enum Change {
    /** A cost-sharing profile was created, copied or changed (a new version); reference: the profile's name and version. */
    COSTSHARING_PROFILE_SAVED,
    /** A cost-sharing profile was deleted; reference: its name. */
    COSTSHARING_PROFILE_DELETED,
    /** The company's cost-sharing settings were saved; reference: the version. */
    COSTSHARING_SETTINGS_SAVED,
    /** Subscriptions were given a profile: its name, how many, their numbers. */
    PROFILE_ASSIGNED,
    /** Subscriptions were set to no profile: how many, their numbers. */
    PROFILE_REMOVED,
    /** Employees' own pay type was set (variant DEFAULT: cleared): the pay type, how many, their names. */
    PAY_TYPE_SET,
    /** An employee's number or pay type was changed: name, number, pay type. */
    EMPLOYEE_CHANGED,
    /** A salary-deduction agreement was recorded (or its scan changed): name, signing day. */
    AGREEMENT_RECORDED,
    /** A salary-deduction agreement was removed: name. */
    AGREEMENT_REMOVED,
    /** An opening balance was set: name, year, amount. */
    OPENING_BALANCE_SET,
    /** A content purchase was classified (variant WORK or PRIVATE): whose, what, when. */
    CONTENT_CLASSIFIED,
    /** Datakontroll was switched on one subscription (variant ON or OFF): whose, the number. */
    DATA_CONTROL_SWITCHED,
    /** An employee ordered an extra package on their own page (variant SALARY or VIPPS): whose, the package, the number. */
    EXTRA_PACKAGE_ORDERED,
    /** Reminders of content purchases to mark were sent: the month, how many employees. */
    CONTENT_REMINDERS_SENT,
    /** An employee's notice channels were set: whose, which channels. */
    NOTICE_CHANNELS_SET,
    /** The company's free text of content notices was saved: the text. */
    NOTICE_TEXT_SAVED,
    /**
     * A report was run on the web or through the API (#16.8) — a reading, not a change, but the log
     * keeps who looked at which figures: the report, its period, its query.
     */
    REPORT_RUN,
    /** A report was saved (#16.6): its name, the report's title. */
    REPORT_SAVED,
    /** A saved report was renamed: the old name, the new. */
    REPORT_RENAMED,
    /** A saved report (with its schedule) was deleted: its name. */
    REPORT_DELETED,
    /** A report was sent by e-mail now: the report's title, its period, the recipients. */
    REPORT_SENT,
    /** A saved report's schedule was set or changed: the report's name, when, the recipients. */
    REPORT_SCHEDULE_SAVED,
    /** A schedule was switched (variant ON or OFF): the report's name. */
    REPORT_SCHEDULE_SWITCHED,
    /** A schedule was deleted: the report's name. */
    REPORT_SCHEDULE_DELETED,
    /** The domains reports may be sent to were set: the domains (empty: the employees' domains). */
    REPORT_DOMAINS_SET,
    /** Company settings (S2, #17.5): the company's postal address or invoice e-mail changed; before, after. */
    COMPANY_DETAILS_CHANGED,
    /** A customer number (department) was renamed: the number, the name before, after. */
    DEPARTMENT_RENAMED,
    /** The working hours shared with invoice control changed under Innstillinger → Firma: before, after. */
    WORKING_HOURS_CHANGED,
    /** The company's notification e-mail address changed: before, after ("–" for none). */
    NOTIFICATION_EMAIL_CHANGED,
    /** The language of the company's SMS and e-mail changed: before, after. */
    COMPANY_LANGUAGE_CHANGED,
    /** The company's payment terms changed: days before, after. */
    PAYMENT_TERMS_CHANGED,
    /** A device was registered (#17, E1): its make and model, its IMEI or serial number. */
    EQUIPMENT_REGISTERED,
    /** A device's fields were changed: its make and model, its IMEI or serial number. */
    EQUIPMENT_CHANGED,
    /** A device was handed over, taken back, sent to repair … (variant: the action): the device, the day, the holder. */
    EQUIPMENT_MOVED,
    /** An import file was confirmed: its name, how many devices were created, how many changed. */
    EQUIPMENT_IMPORTED,
    /** The company's replacement age of equipment was set: before, after (months). */
    EQUIPMENT_REPLACEMENT_AGE_SET,
    /** A budget was set from a month on (#18.3, X3; variant REMOVED: ended): the department or user, the month, the amount. */
    BUDGET_SET,
    /** A passkey was registered for the signed-in user (#18.4, X5): its name. */
    PASSKEY_REGISTERED,
    /** A passkey was renamed (#18.4): the name before, after. */
    PASSKEY_RENAMED,
    /** A passkey was removed (#18.4): its name. */
    PASSKEY_REMOVED,
    /** The company's rule "super users log in with a passkey" was switched (#18.4; variant ON or OFF). */
    PASSKEY_POLICY_SET,
    /** An alert rule was saved (#18.2, X2; variant ON or OFF): the kind, the amount, the factor, the days ("–" for none). */
    ALERT_RULE_SAVED,
    /** Alerts were marked (#18.2; variant NEW, SEEN or CLOSED): how many. */
    ALERT_STATE_SET,
    /** A company's single sign-on provider was saved (#18.5; variant ON or OFF): issuer, client id, matching claim, e-mail domains. */
    SSO_PROVIDER_SAVED
}

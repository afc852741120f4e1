package no.bedriftsportal.messaging;

/**
 * Why a message was sent, so that the send log can be filtered by it and shows it in words
 * ({@code messaging.purpose.<NAME>}). A sender that adds a kind of message adds its purpose here.
 */
public enum MessagePurpose {
    /** A one-time code for logging in (SMS); its text never shows in the log. */
    LOGIN_CODE,
    /** A user was given access to the portal. */
    ACCESS_GRANTED,
    /** Datakontroll was switched on or off on the employee's subscription. */
    DATA_CONTROL,
    /** The month's data package is used up and data is blocked. */
    DATA_BLOCKED,
    /** Content-service purchases to be classified or deducted (invoice control). */
    CONTENT_NOTICE,
    /** A reminder, e.g. of a deadline. */
    REMINDER,
    /** A report, sent now or on a schedule. */
    REPORT,
    /** A scheduled report's mail was given up: its owner is told. */
    REPORT_FAILED,
    /** An invoice or its notice. */
    INVOICE,
    /** The order of the portal (#17.4): received, approved or rejected, to the orderer's contact. */
    ORDER,
    /** An alert on unusual cost or use (#18.2, X2), to the administrators chosen and the employee concerned. */
    ALERT
}

package no.bedriftsportal.identity;

/** The audit actions the identity module writes; each has a message key {@code audit.action.<NAME>}. */
enum AuditAction {
    LOGIN_CODE_SENT, LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_RATE_LIMITED, LOGOUT,
    ACCESS_GRANTED, ACCESS_CHANGED, ACCESS_REVOKED
}

/** The audit trail port: what other modules tell the audit log, implemented by the identity module. */
package no.bedriftsportal.shared.audit;

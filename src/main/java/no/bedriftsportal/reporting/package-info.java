/**
 * Rapporter (SPEC R1–R4, issue #16): a catalogue of reports over the company's costs and usage,
 * each at department level or per user, for a time period (read from the usage rollups and the fee
 * ledger) or an invoice period (read from the invoices' lines), shown on the web and written as
 * Excel, CSV and PDF; saved, sent by e-mail now or on a schedule through the e-mail outbox.
 *
 * <p>A report is one SQL statement at user level ({@link no.bedriftsportal.reporting.ReportDefinition});
 * the department level is that statement grouped by customer number, so the two levels always add up
 * to the same totals. Every statement starts from the subscriptions in the signed-in user's scope.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "messaging", "billing", "customer"})
package no.bedriftsportal.reporting;

import org.springframework.modulith.ApplicationModule;

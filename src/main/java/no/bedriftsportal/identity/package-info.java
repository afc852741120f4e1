/**
 * Who may do what: portal users and their grants (customer numbers, modules), login with a
 * one-time code by SMS, sessions, the operator API's token, the company API's tokens and its
 * {@code /api/v1} door (ADR 0013), and the audit log.
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "subscription", "messaging"})
package no.bedriftsportal.identity;

import org.springframework.modulith.ApplicationModule;

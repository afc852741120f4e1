/**
 * Who may do what: portal users and their grants (customer numbers, modules), login with a
 * one-time code by SMS, sessions, the operator API's token, and the audit log.
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "subscription", "messaging"})
package no.bedriftsportal.identity;

import org.springframework.modulith.ApplicationModule;

/**
 * The demo company generator (B2): an invented company with departments, employees with Norwegian
 * names, subscriptions, portal users and 36 months of usage, written through the other modules'
 * APIs and the CDR spool only, the same way the operator feeds the system. Deterministic from a seed.
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "catalog", "subscription", "identity", "usage"})
package no.bedriftsportal.demo;

import org.springframework.modulith.ApplicationModule;

/**
 * The demo company generator (B2): an invented company with departments, employees with Norwegian
 * names, subscriptions and portal users, written through the other modules' APIs only, the same
 * way the operator's CRM feeds the system. Deterministic from a seed.
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "catalog", "subscription", "identity"})
package no.bedriftsportal.demo;

import org.springframework.modulith.ApplicationModule;

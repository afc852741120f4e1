/**
 * Mobile subscriptions: a number (MSISDN) with a price plan under a customer number, held by an
 * employee, active from one day until it is terminated, with a dated history of its terms
 * (plan, Datakontroll, automatic extra package) so that back-filled changes rate correctly, and a
 * history of its holders to the moment (cost sharing attributes usage to the holder at its time).
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "catalog"})
package no.bedriftsportal.subscription;

import org.springframework.modulith.ApplicationModule;

/**
 * The dashboard (D1–D7): the company's mobile costs at a glance, read from the other modules'
 * read APIs and rollups, always within the signed-in user's granted customer numbers.
 */
@ApplicationModule(allowedDependencies = {"shared", "catalog", "subscription", "identity", "billing", "costsharing"})
package no.bedriftsportal.dashboard;

import org.springframework.modulith.ApplicationModule;

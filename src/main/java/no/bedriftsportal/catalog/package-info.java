/**
 * The operator's price list as data: price plans and their product groups, extra data packages,
 * tariffs, number ranges, roaming zones and countries (CATALOG.md).
 */
@ApplicationModule(allowedDependencies = "shared")
package no.bedriftsportal.catalog;

import org.springframework.modulith.ApplicationModule;

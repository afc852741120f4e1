/**
 * Companies (the tenants), their customer numbers (invoice accounts, usually one per department)
 * and their employees.
 */
@ApplicationModule(allowedDependencies = "shared")
package no.bedriftsportal.customer;

import org.springframework.modulith.ApplicationModule;

/**
 * Utstyrsoversikt (SPEC E1, E2, issue #17): the company's phones, tablets, laptops, routers, SIM cards and
 * accessories, who holds each and what happened to it (its history), moved by explicit actions through a small
 * state machine ({@link no.bedriftsportal.equipment.DeviceLifecycle}); imported from and exported to Excel and CSV
 * in the same columns; and the company's replacement age ({@link no.bedriftsportal.equipment.ReplacementAge}).
 *
 * <p>A device belongs to a department (customer number) and is seen by the users granted it; one without a
 * department is seen by super users only (ADR 0025).
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "subscription", "identity"})
package no.bedriftsportal.equipment;

import org.springframework.modulith.ApplicationModule;

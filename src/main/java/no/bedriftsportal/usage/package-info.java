/**
 * Usage (U1–U3): call detail record files in, rated events and daily rollups out — each record
 * rated exactly once against the catalogue (CATALOG.md), with the per-month accounting of data
 * packages, extra packages and Datakontroll. The rating itself ({@link no.bedriftsportal.usage.RateUsage})
 * is plain Java; ingest wraps it with the file ledger, COPY loads and rollups.
 */
@ApplicationModule(allowedDependencies = {"shared", "catalog", "customer", "subscription", "messaging"})
package no.bedriftsportal.usage;

import org.springframework.modulith.ApplicationModule;

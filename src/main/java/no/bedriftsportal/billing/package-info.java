/**
 * Billing (B1, F1–F3): the monthly invoice run per customer number with KID, the invoice as PDF and
 * EHF (PEPPOL BIS Billing 3.0), credit notes, and payments from the bank's OCR giro file or by hand.
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "catalog", "subscription", "usage", "identity"})
package no.bedriftsportal.billing;

import org.springframework.modulith.ApplicationModule;

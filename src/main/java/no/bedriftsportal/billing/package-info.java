/**
 * Billing (B1, F1–F3): the monthly invoice run per customer number with KID, the invoice as PDF and
 * EHF (PEPPOL BIS Billing 3.0), credit notes, and payments from the bank's OCR giro file or by hand.
 * The company API's invoices and payments ({@code InvoicesApi}, {@code PaymentsApi}, #13.2) call the
 * same {@link no.bedriftsportal.billing.Invoices} as the invoice pages, with the token's scope; their
 * PDF and EHF keep the shallow ETag of {@code /api/v1} (the filter buffers the bytes and sets
 * {@code Content-Length}; a matching {@code If-None-Match} is a 304, still audited as a download).
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "catalog", "subscription", "usage", "identity"})
package no.bedriftsportal.billing;

import org.springframework.modulith.ApplicationModule;

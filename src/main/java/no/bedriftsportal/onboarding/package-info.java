/**
 * The digital order of the portal (#17.4, G1): the public order form "Bestill Bedriftsportal" with
 * its abuse protection (honeypot, rate limits, a proof of work), the orderer's status page, and the
 * operator staff's queue where an order is approved (the administrators become super users and are
 * told by SMS) or rejected with a reason (e-mailed to the contact). ADR 0026.
 *
 * <p>Beyond ARCHITECTURE.md's customer and identity: {@code shared} (org and mobile numbers, the
 * request scope), {@code subscription} (an administrator's number must hold an active subscription
 * of the company, checked at ordering and again at approval) and {@code messaging} (the contact's
 * e-mails through the mail outbox).
 */
@ApplicationModule(allowedDependencies = {"shared", "customer", "identity", "subscription", "messaging"})
package no.bedriftsportal.onboarding;

import org.springframework.modulith.ApplicationModule;

/**
 * Outgoing messages: every SMS is written to an outbox in the sender's transaction and handed to
 * the configured gateway (the log, or an HTTP gateway) by a dispatcher, with retries.
 */
@ApplicationModule(allowedDependencies = "shared")
package no.bedriftsportal.messaging;

import org.springframework.modulith.ApplicationModule;

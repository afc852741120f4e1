/**
 * Outgoing messages: every SMS and e-mail is written to an outbox in the sender's transaction and
 * handed on by a dispatcher, with retries (SMS to the configured gateway, the log or an HTTP
 * gateway; e-mail by SMTP, a refused one kept as a dead letter with the server's reply), and
 * read back as each company's send log.
 */
@ApplicationModule(allowedDependencies = "shared")
package no.bedriftsportal.messaging;

import org.springframework.modulith.ApplicationModule;

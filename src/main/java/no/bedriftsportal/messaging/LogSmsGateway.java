package no.bedriftsportal.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each SMS to the log: the default when no gateway is configured (development, the demo). */
class LogSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LogSmsGateway.class);

    @Override
    public void send(String to, String text) {
        log.info("SMS to {}: {}", to, text);
    }
}

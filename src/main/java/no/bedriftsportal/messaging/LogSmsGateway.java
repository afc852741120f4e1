package no.bedriftsportal.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.bedriftsportal.shared.MaskedNumber;

/**
 * Sends nothing: notes in the log that an SMS went to a masked number, never its text, since the
 * text may be a one-time code (the demo shows the text at {@code /dev/sms} instead).
 */
class LogSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LogSmsGateway.class);

    @Override
    public void send(String to, String text) {
        log.info("SMS to {} handed to the log gateway ({} characters; the text is not written)", MaskedNumber.mask(to),
                text.length());
    }
}

package no.bedriftsportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.Test;
import java.util.stream.Collectors;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.shared.MaskedNumber;
import no.bedriftsportal.shared.Msisdn;

/** Outside the demo the {@code log} gateway notes that an SMS went to a masked number, never its text. */
@PortalIntegrationTest
class LogSmsGatewayIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    SmsDispatcher dispatcher;

    @Test
    void aLoginCodeSentThroughTheLogGatewayIsNeverWritten() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            sendACodeAndReadTheLog(log);
        } finally {
            root.detachAppender(log);
        }
    }

    private void sendACodeAndReadTheLog(ListAppender<ILoggingEvent> log) {
        Msisdn superUser = mother.company().superUser();
        PortalHttpClient browser = new PortalHttpClient(port);
        browser.get("/login");
        assertThat(browser.post("/login", Map.of("msisdn", superUser.national())).status()).isEqualTo(302);
        String code = PortalHttpClient.latestCode(superUser, outbox);

        String masked = MaskedNumber.mask(superUser.value());
        dispatcher.dispatchDue(); // queued by the application clock, so due at once

        assertThat(written(log)).contains("SMS to " + masked + " handed to the log gateway")
                .doesNotContain(code, superUser.value(), "engangskode");
    }

    private static String written(ListAppender<ILoggingEvent> log) {
        synchronized (log) { // the appender adds under its own lock, while the scheduler's thread logs too
            return log.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
        }
    }
}

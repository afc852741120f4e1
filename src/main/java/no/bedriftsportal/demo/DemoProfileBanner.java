package no.bedriftsportal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says loudly, once the server is up, that this is the demo: a documented operator token, every
 * one-time code readable at {@code /dev/sms}, and where it listens (loopback only unless
 * {@code SERVER_ADDRESS} says otherwise).
 */
@Component
@Profile("demo")
class DemoProfileBanner implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoProfileBanner.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        log.warn(text(event.getApplicationContext().getEnvironment()));
    }

    static String text(Environment environment) {
        String address = environment.getProperty("server.address", "every address");
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return """

                *************************************************************************
                 THIS IS THE DEMO (profile 'demo') - NOT FOR REAL CUSTOMERS.
                 The operator token is documented, every one-time code is readable at
                 /dev/sms, and the test clock can be moved by anyone with the token.
                 Listening on %s, port %s%s.
                 For a real deployment set SPRING_PROFILES_ACTIVE=prod (see README).
                *************************************************************************"""
                .formatted(address, port, isLoopback(address) ? " (this machine only; SERVER_ADDRESS to change)"
                        : " - REACHABLE FROM OTHER MACHINES");
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("localhost");
    }
}

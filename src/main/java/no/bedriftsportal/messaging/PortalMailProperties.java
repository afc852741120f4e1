package no.bedriftsportal.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * {@code portal.mail.*}: the From of every mail (a display name and an address), how often the
 * outbox is drained, how many attempts a mail gets before it is dead, and the pause after the first
 * failed attempt (doubled after each one). Where mail goes is Spring's {@code spring.mail.*}.
 */
@ConfigurationProperties("portal.mail")
record PortalMailProperties(String from, Duration dispatchInterval, int maxAttempts, Duration retryAfter) {

    PortalMailProperties {
        from = from == null || from.isBlank() ? "Bedriftsportalen <ikke-svar@bedriftsportal.no>" : from.strip();
        dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(5) : dispatchInterval;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        retryAfter = retryAfter == null ? Duration.ofMinutes(1) : retryAfter;
        fromAddress(from);
    }

    /** The From as an address, checked at start-up so that a typo stops the start and not every mail. */
    InternetAddress fromAddress() {
        return fromAddress(from);
    }

    private static InternetAddress fromAddress(String from) {
        try {
            InternetAddress address = new InternetAddress(from, true);
            address.validate();
            // the display name again, so that one with æøå is encoded in the header
            return address.getPersonal() == null ? address
                    : new InternetAddress(address.getAddress(), address.getPersonal(), "UTF-8");
        } catch (AddressException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("portal.mail.from (PORTAL_MAIL_FROM) is not an e-mail address: " + from, e);
        }
    }

    /** The domain of the From address: the right-hand side of every Message-ID the portal makes. */
    String domain() {
        String address = fromAddress().getAddress();
        return address.substring(address.indexOf('@') + 1);
    }
}

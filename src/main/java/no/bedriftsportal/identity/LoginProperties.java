package no.bedriftsportal.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.login.*}: the rules for one-time codes (DOMAIN-RULES "Login by SMS") and the
 * absolute lifetime of a session (the idle timeout is {@code server.servlet.session.timeout}).
 */
@ConfigurationProperties("portal.login")
record LoginProperties(Duration codeValidity, int maxAttemptsPerCode, int maxCodesPerNumberPerHour,
        int maxCodesPerAddressPerHour, Duration absoluteSessionTimeout) {

    LoginProperties {
        codeValidity = codeValidity == null ? Duration.ofMinutes(5) : codeValidity;
        maxAttemptsPerCode = maxAttemptsPerCode <= 0 ? 5 : maxAttemptsPerCode;
        maxCodesPerNumberPerHour = maxCodesPerNumberPerHour <= 0 ? 5 : maxCodesPerNumberPerHour;
        maxCodesPerAddressPerHour = maxCodesPerAddressPerHour <= 0 ? 20 : maxCodesPerAddressPerHour;
        absoluteSessionTimeout = absoluteSessionTimeout == null ? Duration.ofHours(12) : absoluteSessionTimeout;
    }
}

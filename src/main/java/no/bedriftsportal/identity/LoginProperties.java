package no.bedriftsportal.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.login.*}: the rules for one-time codes (DOMAIN-RULES "Login by SMS", ADR 0003) and
 * the absolute lifetime of a session (the idle timeout is {@code server.servlet.session.timeout}).
 * {@code maxCodesPerNumberPerHour} counts the codes one address (or one known device) asked for one
 * number, each after a wait that doubles from {@code codeBackoff}; {@code globalMaxCodesPerNumberPerHour}
 * counts all addresses, and does not hold back a device that has logged in with the number before.
 */
@ConfigurationProperties("portal.login")
record LoginProperties(Duration codeValidity, int maxAttemptsPerCode, int maxCodesPerNumberPerHour,
        int maxCodesPerAddressPerHour, Duration absoluteSessionTimeout, Duration codeBackoff,
        int globalMaxCodesPerNumberPerHour) {

    LoginProperties {
        codeValidity = codeValidity == null ? Duration.ofMinutes(5) : codeValidity;
        maxAttemptsPerCode = maxAttemptsPerCode <= 0 ? 5 : maxAttemptsPerCode;
        maxCodesPerNumberPerHour = maxCodesPerNumberPerHour <= 0 ? 5 : maxCodesPerNumberPerHour;
        maxCodesPerAddressPerHour = maxCodesPerAddressPerHour <= 0 ? 20 : maxCodesPerAddressPerHour;
        absoluteSessionTimeout = absoluteSessionTimeout == null ? Duration.ofHours(12) : absoluteSessionTimeout;
        codeBackoff = codeBackoff == null ? Duration.ofSeconds(30) : codeBackoff;
        globalMaxCodesPerNumberPerHour = globalMaxCodesPerNumberPerHour <= 0 ? 20 : globalMaxCodesPerNumberPerHour;
    }
}

package no.bedriftsportal.onboarding;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The order form's abuse limits (#17.4, ADR 0026).
 *
 * @param powBits         leading zero bits SHA-256(challenge + nonce) must have (18 ≈ 260 000 hashes, a second or two in a phone's browser)
 * @param powValidity     how long a challenge may be solved and sent
 * @param powSecret       the key challenges are signed with; empty: a random key per start (one node; a restart voids open forms' challenges)
 * @param submitBurst     orders (sent forms) from one address, or for one organisation number, at once
 * @param submitsPerHour  and how many more an hour after that
 * @param lookupBurst     organisation number look-ups from one address at once
 * @param lookupsPerMinute and how many more a minute
 */
@ConfigurationProperties("portal.onboarding")
record OnboardingProperties(@DefaultValue("18") int powBits, @DefaultValue("10m") Duration powValidity,
        @DefaultValue("") String powSecret, @DefaultValue("5") int submitBurst, @DefaultValue("6") int submitsPerHour,
        @DefaultValue("20") int lookupBurst, @DefaultValue("10") int lookupsPerMinute) {
}

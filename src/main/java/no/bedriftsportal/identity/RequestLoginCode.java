package no.bedriftsportal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.identity.LoginChallengeRepository.Challenge;
import no.bedriftsportal.shared.Msisdn;

/**
 * Step one of the SMS login (G2): a one-time code for a mobile number. Every number gets the same
 * answer: a challenge is created whether or not the number may log in, but only a portal user
 * whose own subscription is active gets the SMS. Codes are limited per number and per address.
 */
@Component
class RequestLoginCode {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final LoginChallengeRepository challenges;
    private final PortalUsers portalUsers;
    private final SmsOutbox sms;
    private final AuditLog audit;
    private final LoginProperties properties;
    private final Clock clock;

    RequestLoginCode(LoginChallengeRepository challenges, PortalUsers portalUsers, SmsOutbox sms, AuditLog audit,
            LoginProperties properties, Clock clock) {
        this.challenges = challenges;
        this.portalUsers = portalUsers;
        this.sms = sms;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    sealed interface Result {
        /** A code is on its way, if the number may log in; the caller cannot tell which. */
        record Issued(UUID challengeId) implements Result {
        }

        /** Too many codes lately; {@code messageKey} says whether for the number or the address. */
        record Refused(String messageKey) implements Result {
        }
    }

    @Transactional
    Result request(Msisdn msisdn, String clientAddress) {
        challenges.lock("login-number:" + msisdn.value());
        challenges.lock("login-address:" + clientAddress);
        Instant now = clock.instant();
        Optional<PortalUser> user = portalUsers.mayLogIn(msisdn);
        if (challenges.countForNumberSince(msisdn.value(), now.minus(WINDOW)) >= properties.maxCodesPerNumberPerHour()) {
            user.ifPresent(u -> audit.record(u.companyId(), msisdn.value(), u.name(), AuditAction.LOGIN_RATE_LIMITED.name(),
                    msisdn.value(), "for mange koder for nummeret siste time", clientAddress));
            return new Result.Refused("login.error.tooManyCodesForNumber");
        }
        if (challenges.countForAddressSince(clientAddress, now.minus(WINDOW)) >= properties.maxCodesPerAddressPerHour()) {
            user.ifPresent(u -> audit.record(u.companyId(), msisdn.value(), u.name(), AuditAction.LOGIN_RATE_LIMITED.name(),
                    msisdn.value(), "for mange koder fra adressen siste time", clientAddress));
            return new Result.Refused("login.error.tooManyCodesFromAddress");
        }
        UUID id = UUID.randomUUID();
        String code = OneTimeCodes.newCode();
        challenges.insert(new Challenge(id, msisdn.value(), OneTimeCodes.hash(id, code), user.isPresent(), clientAddress,
                now, now.plus(properties.codeValidity()), 0, null));
        user.ifPresent(u -> {
            sms.queueSensitive(msisdn, "Din engangskode for Bedriftsportalen er " + code + ". Den gjelder i "
                    + properties.codeValidity().toMinutes() + " minutter. Ikke del koden med noen.");
            audit.record(u.companyId(), msisdn.value(), u.name(), AuditAction.LOGIN_CODE_SENT.name(), msisdn.value(), null,
                    clientAddress);
        });
        return new Result.Issued(id);
    }
}

package no.bedriftsportal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.customer.CompanyLanguage;
import no.bedriftsportal.customer.CompanyMessages;
import no.bedriftsportal.messaging.MessagePurpose;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.identity.LoginChallengeRepository.Challenge;
import no.bedriftsportal.shared.Msisdn;

/**
 * Step one of the SMS login (G2): a one-time code for a mobile number. Every number gets the same
 * answer: a challenge is created whether or not the number may log in, but only a portal user
 * whose own subscription is active gets the SMS. Codes are limited so that nobody can lock the
 * owner out from their own device (ADR 0003): per number and address (or per number and known
 * device) with a doubling wait between codes, per address across numbers, and per number across
 * addresses (against SMS pumping), the last two not holding back a device known for the number.
 */
@Component
class RequestLoginCode {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final LoginChallengeRepository challenges;
    private final PortalUsers portalUsers;
    private final SmsOutbox sms;
    private final AuditLog audit;
    private final LoginDevices devices;
    private final LoginProperties properties;
    private final OperatorStaff staff;
    private final Clock clock;
    /** The code's SMS in the company's language (S2). */
    private final CompanyMessages messages;

    RequestLoginCode(LoginChallengeRepository challenges, PortalUsers portalUsers, SmsOutbox sms, AuditLog audit,
            LoginDevices devices, LoginProperties properties, OperatorStaff staff, Clock clock, CompanyMessages messages) {
        this.staff = staff;
        this.messages = messages;
        this.challenges = challenges;
        this.portalUsers = portalUsers;
        this.sms = sms;
        this.audit = audit;
        this.devices = devices;
        this.properties = properties;
        this.clock = clock;
    }

    sealed interface Result {
        /** A code is on its way, if the number may log in; the caller cannot tell which. */
        record Issued(UUID challengeId) implements Result {
        }

        /** No code now; {@code messageKey} says why, {@code retryAfter} when to ask again. */
        record Refused(String messageKey, Duration retryAfter) implements Result {
        }
    }

    /** A code asked for from a client address, by a device whose cookie holds {@code deviceToken} (may be null). */
    @Transactional
    Result request(Msisdn msisdn, String clientAddress, String deviceToken) {
        challenges.lock("login-number:" + msisdn.value());
        challenges.lock("login-address:" + clientAddress);
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        Optional<StaffMember> member = staff.mayLogIn(msisdn); // staff first: a staff session never carries a company (ADR 0026)
        Optional<LoginPerson> user = member.isPresent() ? Optional.empty() : portalUsers.mayLogIn(msisdn);
        byte[] device = devices.known(deviceToken, msisdn).orElse(null);
        Optional<Result.Refused> refused = limit(msisdn, clientAddress, device, now, since);
        if (refused.isPresent()) {
            user.ifPresent(u -> audit.record(u.companyId(), msisdn.value(), u.name(), AuditAction.LOGIN_RATE_LIMITED.name(),
                    msisdn.value(), why(refused.get().messageKey()), clientAddress));
            return refused.get();
        }
        UUID id = UUID.randomUUID();
        String code = OneTimeCodes.newCode();
        challenges.insert(new Challenge(id, msisdn.value(), OneTimeCodes.hash(id, code), user.isPresent() || member.isPresent(), clientAddress,
                now, now.plus(properties.codeValidity()), 0, null), device);
        member.ifPresent(m -> sms.queueSensitive(msisdn, messages.text(CompanyLanguage.NB, "sms.loginCode", code,
                String.valueOf(properties.codeValidity().toMinutes()))));
        user.ifPresent(u -> {
            sms.queueSensitive(u.companyId(), MessagePurpose.LOGIN_CODE, msisdn, messages.text(u.companyId(), "sms.loginCode", code,
                    String.valueOf(properties.codeValidity().toMinutes())));
            audit.record(u.companyId(), msisdn.value(), u.name(), AuditAction.LOGIN_CODE_SENT.name(), msisdn.value(), null,
                    clientAddress);
        });
        return new Result.Issued(id);
    }

    private Optional<Result.Refused> limit(Msisdn msisdn, String clientAddress, byte[] device, Instant now, Instant since) {
        List<Instant> mine = challenges.createdForNumberSince(msisdn.value(), clientAddress, device, since);
        if (mine.size() >= properties.maxCodesPerNumberPerHour()) {
            return refused("login.error.tooManyCodesForNumber", Duration.between(now, mine.get(0).plus(WINDOW)));
        }
        if (!mine.isEmpty()) {
            Instant next = mine.get(mine.size() - 1).plus(properties.codeBackoff().multipliedBy(1L << Math.min(mine.size() - 1, 20)));
            if (now.isBefore(next)) {
                return refused("login.error.waitForNewCode", Duration.between(now, next));
            }
        }
        if (device != null) {
            return Optional.empty(); // the owner's own device: what strangers did elsewhere does not hold it back
        }
        if (challenges.countForAddressSince(clientAddress, since) >= properties.maxCodesPerAddressPerHour()) {
            return refused("login.error.tooManyCodesFromAddress", WINDOW);
        }
        if (challenges.countForNumberSince(msisdn.value(), since) >= properties.globalMaxCodesPerNumberPerHour()) {
            return refused("login.error.tooManyCodesForNumber", WINDOW);
        }
        return Optional.empty();
    }

    private static Optional<Result.Refused> refused(String messageKey, Duration retryAfter) {
        return Optional.of(new Result.Refused(messageKey, retryAfter.isNegative() ? Duration.ZERO : retryAfter));
    }

    private static String why(String messageKey) {
        return switch (messageKey) {
            case "login.error.waitForNewCode" -> "ny kode for tidlig etter forrige";
            case "login.error.tooManyCodesFromAddress" -> "for mange koder fra adressen siste time";
            default -> "for mange koder for nummeret siste time";
        };
    }
}

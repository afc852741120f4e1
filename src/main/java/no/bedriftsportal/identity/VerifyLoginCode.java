package no.bedriftsportal.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.identity.LoginChallengeRepository.Challenge;
import no.bedriftsportal.shared.Msisdn;

/**
 * Step two of the SMS login: the code typed in is checked against its challenge. A code works
 * once, within its validity, and allows a few wrong tries; who may log in is checked again here,
 * since access or the subscription may have ended since the code was sent.
 */
@Component
class VerifyLoginCode {

    private final LoginChallengeRepository challenges;
    private final PortalUsers portalUsers;
    private final AuditLog audit;
    private final LoginProperties properties;
    private final OperatorStaff staff;
    private final Clock clock;

    VerifyLoginCode(LoginChallengeRepository challenges, PortalUsers portalUsers, AuditLog audit, LoginProperties properties,
            OperatorStaff staff, Clock clock) {
        this.staff = staff;
        this.challenges = challenges;
        this.portalUsers = portalUsers;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    sealed interface Result {
        record SignedIn(LoginPerson person) implements Result {
        }

        /** A member of the operator's staff (#17.4): no company, the staff pages only. */
        record StaffSignedIn(StaffMember member) implements Result {
        }

        record WrongCode(int attemptsLeft) implements Result {
        }

        /** Expired, used, or out of attempts: a new code is needed. */
        record NeedsNewCode() implements Result {
        }
    }

    @Transactional
    Result verify(UUID challengeId, String typedCode, String clientAddress) {
        Optional<Challenge> found = challenges.findForUpdate(challengeId);
        if (found.isEmpty()) {
            return new Result.NeedsNewCode();
        }
        Challenge challenge = found.get();
        Instant now = clock.instant();
        Msisdn msisdn = new Msisdn(challenge.msisdn());
        Optional<StaffMember> member = challenge.deliverable() ? staff.mayLogIn(msisdn) : Optional.empty();
        Optional<LoginPerson> user = challenge.deliverable() && member.isEmpty() ? portalUsers.mayLogIn(msisdn) : Optional.empty();
        if (challenge.consumedAt() != null || !now.isBefore(challenge.expiresAt())
                || challenge.failedAttempts() >= properties.maxAttemptsPerCode()) {
            auditFailure(user, msisdn, "koden er utløpt, brukt eller sperret", clientAddress);
            return new Result.NeedsNewCode();
        }
        boolean matches = OneTimeCodes.matches(challengeId, typedCode, challenge.codeHash());
        if (matches && member.isPresent()) {
            challenges.consume(challengeId, now);
            return new Result.StaffSignedIn(member.get());
        }
        if (!matches || user.isEmpty()) {
            challenges.countFailedAttempt(challengeId);
            auditFailure(user, msisdn, "feil kode", clientAddress);
            int left = properties.maxAttemptsPerCode() - challenge.failedAttempts() - 1;
            return left > 0 ? new Result.WrongCode(left) : new Result.NeedsNewCode();
        }
        challenges.consume(challengeId, now);
        LoginPerson signedIn = user.get();
        audit.record(signedIn.companyId(), msisdn.value(), signedIn.name(), AuditAction.LOGIN_SUCCEEDED.name(),
                msisdn.value(), null, clientAddress);
        return new Result.SignedIn(signedIn);
    }

    private void auditFailure(Optional<LoginPerson> user, Msisdn msisdn, String why, String clientAddress) {
        user.ifPresent(u -> audit.record(u.companyId(), msisdn.value(), u.name(), AuditAction.LOGIN_FAILED.name(),
                msisdn.value(), why, clientAddress));
    }
}

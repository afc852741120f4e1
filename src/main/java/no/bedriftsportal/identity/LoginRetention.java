package no.bedriftsportal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.DailyJob;

/**
 * Keeps what the login needs and no more, once a day by the application clock: one-time code
 * challenges for a day (the limits count the last hour; a code lives five minutes), and a known
 * device until {@link LoginDevices#LIFETIME} after its last login (after that it is not known anyway).
 */
@Component
class LoginRetention implements DailyJob {

    private static final Logger log = LoggerFactory.getLogger(LoginRetention.class);
    static final Duration CHALLENGES_KEPT = Duration.ofDays(1);

    private final LoginChallengeRepository challenges;
    private final LoginDevices devices;
    private final Clock clock;

    LoginRetention(LoginChallengeRepository challenges, LoginDevices devices, Clock clock) {
        this.challenges = challenges;
        this.devices = devices;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "login-retention";
    }

    @Override
    public LocalTime runsAt() {
        return LocalTime.of(3, 30);
    }

    @Override
    public void run(LocalDate day) {
        prune();
    }

    /** Deletes the challenges and devices past their keeping; answers how many of each. */
    Pruned prune() {
        Instant now = clock.instant();
        int challengesDeleted = challenges.deleteCreatedBefore(now.minus(CHALLENGES_KEPT));
        int devicesDeleted = devices.forgetUnusedSince(now.minus(LoginDevices.LIFETIME));
        if (challengesDeleted + devicesDeleted > 0) {
            log.info("Deleted {} login challenges older than {} and {} devices not used for {}", challengesDeleted, CHALLENGES_KEPT,
                    devicesDeleted, LoginDevices.LIFETIME);
        }
        return new Pruned(challengesDeleted, devicesDeleted);
    }

    record Pruned(int challenges, int devices) {
    }
}

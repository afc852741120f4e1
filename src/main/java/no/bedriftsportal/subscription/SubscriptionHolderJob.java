package no.bedriftsportal.subscription;

import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.DailyJob;

/**
 * Once a day, just after midnight Oslo time (when a dated holder change usually takes effect):
 * {@code subscription.employee_id} follows holder changes that were dated in the future and have
 * become due. The history itself is always right; this keeps the current holder in step with it.
 */
@Component
class SubscriptionHolderJob implements DailyJob {

    private final SubscriptionHolders holders;

    SubscriptionHolderJob(SubscriptionHolders holders) {
        this.holders = holders;
    }

    @Override
    public String name() {
        return "subscription-holders";
    }

    @Override
    public LocalTime runsAt() {
        return LocalTime.of(0, 5);
    }

    @Override
    public void run(LocalDate day) {
        holders.catchUp();
    }
}

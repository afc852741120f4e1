package no.bedriftsportal.costsharing;

import java.time.Clock;
import java.util.Collection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.customer.CompanyMessages;
import no.bedriftsportal.messaging.MessagePurpose;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.AppliedTerms;
import no.bedriftsportal.subscription.ExtraPackagePayer;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.Payer;

/**
 * Hands the rules that steer rating (Datakontroll, the automatic extra package and its payer) to the
 * subscription module the moment they are saved (COST-SHARING.md, "When a change takes effect"), and
 * tells each employee by SMS when their Datakontroll changes (issue #14.4). The changes are immediate
 * (V24): every event rated after them follows them, whatever its day.
 */
@Component
class RatingSteer {

    /** The SMS's words (in the company's language, S2): Datakontroll switched on. */
    static final String DATA_CONTROL_ON = "sms.dataControl.on";
    /** Datakontroll switched off. */
    static final String DATA_CONTROL_OFF = "sms.dataControl.off";

    private final Subscriptions subscriptions;
    private final SmsOutbox sms;
    private final CompanyMessages messages;
    private final Clock clock;

    RatingSteer(Subscriptions subscriptions, SmsOutbox sms, CompanyMessages messages, Clock clock) {
        this.messages = messages;
        this.subscriptions = subscriptions;
        this.sms = sms;
        this.clock = clock;
    }

    /**
     * Sets the profile's rating rules on these subscriptions, from now; called when a profile is
     * saved (for its subscriptions) and when subscriptions are given a profile.
     *
     * @param by the name of who saved, for the subscription's history
     */
    @Transactional
    void apply(long companyId, Collection<Long> subscriptionIds, ProfileRules rules, String by) {
        ExtraPackagePayer payer = rules.autoExtraPayer() == null ? null
                : rules.autoExtraPayer() == Payer.SALARY ? ExtraPackagePayer.SALARY : ExtraPackagePayer.COMPANY;
        for (long subscriptionId : subscriptionIds) {
            tell(subscriptions.applyTerms(companyId, subscriptionId, rules.dataControl(), rules.autoExtraPackageCode(), payer, by));
        }
    }

    /** Switches Datakontroll on one subscription, from now; wins until its profile is saved again. */
    @Transactional
    void switchDataControl(long companyId, long subscriptionId, boolean enabled, String by) {
        tell(subscriptions.switchDataControl(companyId, subscriptionId, enabled, by));
    }

    /** The employee hears of a Datakontroll switched on or off on a subscription active today. */
    private void tell(AppliedTerms applied) {
        if (applied.dataControlChanged() && applied.subscription().activeOn(Oslo.today(clock))) {
            sms.queue(applied.subscription().companyId(), applied.subscription().employeeId(), MessagePurpose.DATA_CONTROL,
                    applied.subscription().msisdn(), messages.text(applied.subscription().companyId(),
                    applied.after().dataControl() ? DATA_CONTROL_ON : DATA_CONTROL_OFF));
        }
    }
}

package no.bedriftsportal.costsharing;

import java.time.Clock;
import java.util.Collection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

    static final String DATA_CONTROL_ON = "Datakontroll er slått på for mobilabonnementet ditt: når datapakken er brukt opp, "
            + "stenges mobildata til måneden er omme eller til du kjøper en ekstra datapakke. Hilsen arbeidsgiveren din via Bedriftsportalen";
    static final String DATA_CONTROL_OFF = "Datakontroll er slått av for mobilabonnementet ditt: mobildata stenges ikke lenger når "
            + "datapakken er brukt opp. Hilsen arbeidsgiveren din via Bedriftsportalen";

    private final Subscriptions subscriptions;
    private final SmsOutbox sms;
    private final Clock clock;

    RatingSteer(Subscriptions subscriptions, SmsOutbox sms, Clock clock) {
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
                    applied.subscription().msisdn(), applied.after().dataControl() ? DATA_CONTROL_ON : DATA_CONTROL_OFF);
        }
    }
}

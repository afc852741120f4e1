package no.bedriftsportal.costsharing;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.bedriftsportal.customer.CompanyRegistered;

/** A company registered gets the two ready-made profiles in the same transaction (COST-SHARING.md, V23). */
@Component
class ReadyMadeProfiles {

    private final Profiles profiles;

    ReadyMadeProfiles(Profiles profiles) {
        this.profiles = profiles;
    }

    @EventListener
    void on(CompanyRegistered registered) {
        profiles.createReadyMade(registered.companyId());
    }
}

package no.bedriftsportal.onboarding;

import no.bedriftsportal.shared.Msisdn;

/**
 * An administrator's number of an order as checked now (#17.4): whether it holds an active
 * subscription of the company, and whether it has portal access already (then nothing is granted).
 */
public record AdminCheck(String msisdn, boolean active, boolean hasAccess) {

    public String display() {
        return new Msisdn(msisdn).display();
    }
}

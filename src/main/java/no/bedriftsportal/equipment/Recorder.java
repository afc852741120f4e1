package no.bedriftsportal.equipment;

import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.api.ApiClient;

/**
 * Who records a change of the register, as its history names them. The audit log takes who, when and from where
 * from the request itself; the demo generator writes with nobody signed in and is not audited.
 */
public record Recorder(String name, boolean audited) {

    public static Recorder of(PortalPrincipal me) {
        return new Recorder(me.name() == null || me.name().isBlank() ? me.msisdn() : me.name(), true);
    }

    public static Recorder of(ApiClient client) {
        return new Recorder("API: " + client.tokenName(), true);
    }

    /** A job of the portal itself (the demo generator): named in the history, not in the audit log. */
    public static Recorder system(String name) {
        return new Recorder(name, false);
    }
}

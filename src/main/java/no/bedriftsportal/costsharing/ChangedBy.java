package no.bedriftsportal.costsharing;

import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.api.ApiClient;

/**
 * Who makes a change in invoice control, as the rows it writes name them ({@code assigned_by},
 * {@code recorded_by}, {@code classified_by_name}). The audit log takes who, when and from where
 * from the request itself ({@code AuditTrail.changed}).
 */
record ChangedBy(String name) {

    static final ChangedBy SYSTEM = new ChangedBy("system");

    static ChangedBy of(PortalPrincipal me) {
        return new ChangedBy(me.name() == null || me.name().isBlank() ? me.msisdn() : me.name());
    }

    static ChangedBy of(ApiClient client) {
        return new ChangedBy("API: " + client.tokenName());
    }

    /** The name as a row stores it (at most 200 characters). */
    String rowName() {
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}

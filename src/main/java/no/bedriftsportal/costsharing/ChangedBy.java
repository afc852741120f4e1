package no.bedriftsportal.costsharing;

import jakarta.servlet.http.HttpServletRequest;
import no.bedriftsportal.identity.AuditEvent;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.api.ApiClient;

/**
 * Who makes a change in invoice control, for the rows it writes ({@code assigned_by}, {@code recorded_by},
 * {@code classified_by_name}: the name) and for the audit log (actor, name, client address).
 *
 * @param actor the audit log's actor: the user's mobile number, {@code api-token:<id>} or {@code system}
 */
record ChangedBy(String actor, String name, String clientAddress) {

    static final ChangedBy SYSTEM = new ChangedBy("system", "system", null);

    static ChangedBy of(PortalPrincipal me, HttpServletRequest request) {
        return new ChangedBy(me.msisdn(), me.name() == null || me.name().isBlank() ? me.msisdn() : me.name(), request.getRemoteAddr());
    }

    static ChangedBy of(ApiClient client, HttpServletRequest request) {
        return new ChangedBy(AuditEvent.API_TOKEN_PREFIX + client.tokenId(), "API: " + client.tokenName(), request.getRemoteAddr());
    }

    /** The name as a row stores it (at most 200 characters). */
    String rowName() {
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}

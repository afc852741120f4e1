package no.bedriftsportal.identity;

/**
 * Who performs an access change, for the rules and the audit log: a signed-in super user, or the
 * operator (through its API).
 *
 * @param portalUserId null for the operator
 */
public record Actor(Long portalUserId, String id, String name, String clientAddress) {

    public static Actor operator(String clientAddress) {
        return new Actor(null, AuditEvent.OPERATOR, "Operatør", clientAddress);
    }

    public static Actor of(PortalPrincipal principal, String clientAddress) {
        return new Actor(principal.portalUserId(), principal.msisdn(), principal.name(), clientAddress);
    }
}

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

    /** A member of the operator's staff approving an order (#17.4): recorded by name, as the operator's. */
    public static Actor staff(StaffPrincipal staff, String clientAddress) {
        return new Actor(null, "staff:" + staff.staffId(), staff.name(), clientAddress);
    }

    public static Actor of(PortalPrincipal principal, String clientAddress) {
        return new Actor(principal.portalUserId(), principal.msisdn(), principal.name(), clientAddress);
    }
}

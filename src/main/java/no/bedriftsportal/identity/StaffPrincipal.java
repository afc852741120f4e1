package no.bedriftsportal.identity;

import java.io.Serializable;

/**
 * A member of the operator's staff signed in to the portal (#17.4): they reach only
 * {@code /staff/**}, carry none of a company's roles or modules, and their requests see no
 * company's rows (no company is set on the request, ADR 0010 and ADR 0026).
 */
public record StaffPrincipal(long staffId, String name, String msisdn) implements Serializable {

    /** The authority of operator staff: none of the administration's or an employee's. */
    public static final String AUTHORITY = "ROLE_OPERATOR_STAFF";

    /** The staff pages' root. */
    public static final String ROOT = "/staff";

    /** Where a staff login lands: the order queue. */
    public static final String HOME = ROOT + "/orders";
}

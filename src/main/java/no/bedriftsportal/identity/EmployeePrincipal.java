package no.bedriftsportal.identity;

import java.io.Serializable;

/**
 * An employee signed in to their own page ("Min side", #15): they see only themselves, never the
 * company's administration. Read afresh on each request like {@link PortalPrincipal}: a subscription
 * that ends or changes holder ends the employee's access at the next request.
 *
 * @param mayAdminister the number also has portal access, so the person may switch to it
 */
public record EmployeePrincipal(long companyId, String companyName, long employeeId, String name, String msisdn,
        boolean mayAdminister) implements Serializable {

    /** The authority of the employee side: none of the administration's roles or modules. */
    public static final String AUTHORITY = "ROLE_EMPLOYEE";

    /** The employee pages' root. */
    public static final String HOME = "/me";
}

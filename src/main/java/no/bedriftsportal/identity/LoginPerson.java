package no.bedriftsportal.identity;

import java.util.Optional;

import no.bedriftsportal.shared.Msisdn;

/**
 * Someone who may log in with a number today: the holder of the number's active subscription. They
 * log in as an administrator when the company gave the number portal access, as an employee when
 * the subscription has a holder, and may switch between the two when both are true (#15.1).
 *
 * @param portalUser the number's portal access, if any
 * @param employeeId the holder of the active subscription, or null for a line without one
 */
record LoginPerson(long companyId, Msisdn msisdn, String name, Optional<PortalUser> portalUser, Long employeeId) {

    boolean mayBe(Side side) {
        return side == Side.ADMINISTRATOR ? portalUser.isPresent() : employeeId != null;
    }

    /** The side a login lands on when nothing asks for another: the administrator's, if they are one. */
    Side firstSide() {
        return portalUser.isPresent() ? Side.ADMINISTRATOR : Side.EMPLOYEE;
    }
}

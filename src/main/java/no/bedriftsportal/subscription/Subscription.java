package no.bedriftsportal.subscription;

import java.time.LocalDate;

import no.bedriftsportal.shared.Iccid;
import no.bedriftsportal.shared.Msisdn;

/**
 * A mobile subscription, active on the days {@code [activeFrom, terminatedOn)} (Europe/Oslo).
 *
 * @param employeeId the holder, or null for a line without one (a router, a spare SIM)
 * @param iccid      the SIM card in it now (a swap replaces it), or null when the CRM has not said (V34)
 */
public record Subscription(long companyId, long id, Msisdn msisdn, long customerAccountId, Long employeeId,
        LocalDate activeFrom, LocalDate terminatedOn, Iccid iccid) {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (terminatedOn == null || day.isBefore(terminatedOn));
    }
}

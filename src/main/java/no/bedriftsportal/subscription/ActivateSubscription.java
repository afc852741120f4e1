package no.bedriftsportal.subscription;

import java.time.LocalDate;

/**
 * A new subscription for a company.
 *
 * @param employeeId           the holder, or null
 * @param autoExtraPackageCode null for none
 * @param iccid                the SIM card's number as given ({@link no.bedriftsportal.shared.Iccid#parse}), or null
 */
public record ActivateSubscription(long companyId, String msisdn, String planCode, long customerAccountId,
        Long employeeId, LocalDate activeFrom, boolean dataControl, String autoExtraPackageCode, String iccid) {

    /** A subscription whose SIM card is not known yet. */
    public ActivateSubscription(long companyId, String msisdn, String planCode, long customerAccountId, Long employeeId,
            LocalDate activeFrom, boolean dataControl, String autoExtraPackageCode) {
        this(companyId, msisdn, planCode, customerAccountId, employeeId, activeFrom, dataControl, autoExtraPackageCode, null);
    }
}

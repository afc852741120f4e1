package no.bedriftsportal.subscription;

import java.time.LocalDate;

/**
 * A new subscription for a company.
 *
 * @param employeeId           the holder, or null
 * @param autoExtraPackageCode null for none
 */
public record ActivateSubscription(long companyId, String msisdn, String planCode, long customerAccountId,
        Long employeeId, LocalDate activeFrom, boolean dataControl, String autoExtraPackageCode) {
}

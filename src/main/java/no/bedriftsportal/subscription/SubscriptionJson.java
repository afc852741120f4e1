package no.bedriftsportal.subscription;

import java.time.LocalDate;

/**
 * A subscription in the company API. Its plan and data package are those in effect today (for a
 * terminated subscription: on its last active day).
 *
 * @param msisdn      E.164, {@code +4791234567}
 * @param iccid       the SIM card in it now (ICCID, 19 or 20 digits), or null when not known
 * @param user        the employee holding it, or null for a line without one
 * @param status      {@code active} or {@code terminated}
 * @param dataPackage the plan's monthly data package, or null when the plan has none
 */
public record SubscriptionJson(long id, String msisdn, String iccid, UserJson user, PlanJson plan, String customerNumber, String status,
        LocalDate activatedOn, LocalDate terminatedOn, DataPackageJson dataPackage) {

    /** The employee holding the subscription. */
    public record UserJson(long employeeId, String name) {
    }

    /** A price plan, by its code in the catalogue. */
    public record PlanJson(String code, String name) {
    }

    /**
     * @param megabytes         the plan's data package a month (1 MB = 1 000 000 bytes)
     * @param autoExtraPackage  the extra package bought automatically when it runs out, or null
     */
    public record DataPackageJson(long megabytes, String autoExtraPackage) {
    }
}

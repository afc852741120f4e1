package no.bedriftsportal.demo;

import java.time.LocalDate;

/**
 * A subscription as the usage generator needs to know it.
 *
 * @param msisdn       E.164, {@code +47…}
 * @param activeFrom   the first active day
 * @param terminatedOn the first day no longer active, or null
 * @param upgradePlan  the plan from {@code upgradedOn} on, or null
 * @param hasHolder    false for a line nobody carries (a meeting-room router): it never travels
 * @param parksOnWorkingDays pays a parking by SMS every working day besides its other habits, so the demo's
 *                     employee-only login has content purchases to mark in every month with a working day
 */
record DemoLine(String msisdn, String planCode, LocalDate activeFrom, LocalDate terminatedOn, String upgradePlan,
        LocalDate upgradedOn, boolean dataControl, boolean hasHolder, boolean parksOnWorkingDays) {

    DemoLine(String msisdn, String planCode, LocalDate activeFrom, LocalDate terminatedOn, String upgradePlan,
            LocalDate upgradedOn, boolean dataControl, boolean hasHolder) {
        this(msisdn, planCode, activeFrom, terminatedOn, upgradePlan, upgradedOn, dataControl, hasHolder, false);
    }

    String planOn(LocalDate day) {
        return upgradePlan != null && upgradedOn != null && !day.isBefore(upgradedOn) ? upgradePlan : planCode;
    }

    boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (terminatedOn == null || day.isBefore(terminatedOn));
    }
}

package no.bedriftsportal.demo;

import java.time.LocalDate;
import java.util.List;

import no.bedriftsportal.shared.Msisdn;

/**
 * The demo company as data, before anything is written: the same seed gives the same plan.
 * Indexes refer to {@code departments} and {@code employees}.
 */
record DemoPlan(String companyName, String orgNumber, List<String> departments, List<Person> employees,
        List<Line> subscriptions, List<Access> portalUsers) {

    record Person(int department, String name, String email, String employeeNumber, String payType) {
    }

    /**
     * @param employee    index of the holder, or null for a line without one (a router)
     * @param upgrade     a later plan, from {@code upgradedOn}, or null
     * @param terminateOn the first day no longer active, or null
     */
    record Line(Integer employee, int department, Msisdn msisdn, String plan, LocalDate activeFrom, boolean dataControl,
            String autoExtraPackage, String upgrade, LocalDate upgradedOn, LocalDate terminateOn) {
    }

    /** @param department the one customer number of a limited user, or null for a super user */
    record Access(Msisdn msisdn, Integer department) {
    }
}

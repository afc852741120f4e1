package no.bedriftsportal.dashboard;

import java.time.LocalDate;

/**
 * D6 and D7: every user of this or last month with cost, minutes, messages and MB — searched,
 * filtered, sorted and paged — and the panel of the selected user, if any.
 *
 * @param selected null when no user is selected
 */
public record UsersCard(LocalDate today, UsersParameters parameters, UserPage users, UserPanel selected) {

    public Period period() {
        return parameters.period();
    }

    /** The ⋮ menu's Excel file of the list as searched, filtered and sorted, every page. */
    public String excelUrl() {
        return UsersController.EXCEL + "?" + parameters.allPages();
    }
}

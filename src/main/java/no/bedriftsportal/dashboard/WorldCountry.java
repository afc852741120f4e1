package no.bedriftsportal.dashboard;

import java.time.LocalDate;
import java.util.List;

/** D4: one country of the map with its users of the highest cost there, for the card's panel. */
public record WorldCountry(LocalDate from, LocalDate to, CountryUsage usage, List<UserCost> topUsers) {

    /** True when the country had more users than the panel lists. */
    public boolean moreUsers() {
        return usage.users() > topUsers.size();
    }
}

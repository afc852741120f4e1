package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * D4: the company's usage abroad over the last 7, 30 or 90 days, one line per country, the most
 * expensive first; the map's colours and the table behind the card's ⋮ menu both come from it.
 *
 * @param today     the last day of the period
 * @param chartJson the map's data, for {@code world.js}
 */
public record WorldCard(Period period, LocalDate today, List<CountryUsage> countries, BigDecimal total, String chartJson) {

    /** The card's route, and the name of its period parameter on every dashboard route. */
    public static final String PATH = "/dashboard/world";
    public static final String PARAMETER = "world";

    /** The id of the panel that a country's top users are loaded into. */
    public static final String USERS_PANEL = "world-users";

    /** How many of a country's users the panel lists. */
    public static final int TOP_USERS = 10;

    public LocalDate from() {
        return period.from(today);
    }

    public LocalDate to() {
        return period.to(today);
    }

    public String countryUrl(CountryUsage country) {
        return countryUrl(country.country(), period);
    }

    public String excelUrl() {
        return PATH + ".xlsx?" + PARAMETER + "=" + period.name();
    }

    static String countryUrl(String code, Period period) {
        return PATH + "/countries/" + code + "?" + PARAMETER + "=" + period.name();
    }
}

package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.web.PageContext;

/** Puts D4's card together: the countries of the period, their total, and the map's data in the user's language. */
@Component
class WorldCards {

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

    private final WorldUsage usage;
    private final Clock clock;

    WorldCards(WorldUsage usage, Clock clock) {
        this.usage = usage;
        this.clock = clock;
    }

    /** @param periodParameter the card's request parameter; 30 days when absent or not offered */
    WorldCard card(AccessScope scope, String periodParameter, PageContext page) {
        Period period = Period.parse(periodParameter, Period.ROLLING);
        LocalDate today = Oslo.today(clock);
        List<CountryUsage> countries = usage.countries(scope, period.from(today), period.to(today));
        BigDecimal total = countries.stream().map(CountryUsage::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new WorldCard(period, today, countries, total, ChartJson.write(chart(countries, period, page)));
    }

    /**
     * A country's figures and top users over the card's period, or empty when {@code code} is not
     * two letters or the scope had no usage there (Norway included).
     */
    Optional<WorldCountry> country(AccessScope scope, String code, String periodParameter) {
        if (code == null || !COUNTRY_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        String country = code.toUpperCase(Locale.ROOT);
        Period period = Period.parse(periodParameter, Period.ROLLING);
        LocalDate today = Oslo.today(clock);
        LocalDate from = period.from(today);
        LocalDate to = period.to(today);
        return usage.countries(scope, from, to).stream().filter(found -> found.country().equals(country)).findFirst()
                .map(found -> new WorldCountry(from, to, found, usage.topUsers(scope, country, from, to, WorldCard.TOP_USERS)));
    }

    /** Every user with usage in the card's countries, country by country, for the export. */
    Map<CountryUsage, List<UserCost>> usersByCountry(AccessScope scope, WorldCard card) {
        Map<CountryUsage, List<UserCost>> users = new LinkedHashMap<>();
        for (CountryUsage country : card.countries()) {
            users.put(country, usage.topUsers(scope, country.country(), card.from(), card.to(), Integer.MAX_VALUE));
        }
        return users;
    }

    private static Map<String, Object> chart(List<CountryUsage> countries, Period period, PageContext page) {
        List<Map<String, Object>> data = countries.stream().map(country -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", country.country()); // the map's feature name: ISO alpha-2
            item.put("value", country.amount());
            item.put("label", country.name(page.lang()));
            item.put("amount", page.money(country.amount()));
            item.put("users", page.t("dashboard.world.userCount", country.users()));
            item.put("url", WorldCard.countryUrl(country.country(), period));
            return item;
        }).toList();
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("loading", page.t("dashboard.world.loading"));
        texts.put("failed", page.t("dashboard.world.failed"));
        texts.put("noUsage", page.t("dashboard.world.noUsage"));
        texts.put("home", page.t("dashboard.world.home"));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("countries", data);
        chart.put("max", countries.stream().map(CountryUsage::amount).reduce(BigDecimal.ZERO, BigDecimal::max));
        chart.put("target", "#" + WorldCard.USERS_PANEL);
        chart.put("texts", texts);
        return chart;
    }
}

package no.bedriftsportal.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's catalogue as rating needs it, loaded from the catalogue tables (V2__catalog.sql).
 * Every price the engine uses comes from here. Maps are keyed by the tables' primary keys.
 *
 * @param plans                {@code price_plan} by code
 * @param extraPackages        {@code extra_package} by code
 * @param prices               {@code tariff} prices by code
 * @param numberRanges         {@code number_range}; the narrowest range containing a number wins
 * @param roamingTariffs       {@code roaming_tariff} by zone, one for each of Z1–Z3
 * @param internationalTariffs {@code international_tariff} by destination zone, one for each of EU, Z1–Z3
 * @param countryZones         {@code country}: ISO 3166-1 alpha-2 code to zone
 */
public record Tariffs(
        Map<String, PricePlan> plans,
        Map<String, ExtraPackage> extraPackages,
        Map<TariffCode, BigDecimal> prices,
        List<NumberRange> numberRanges,
        Map<Zone, RoamingTariff> roamingTariffs,
        Map<Zone, InternationalTariff> internationalTariffs,
        Map<String, Zone> countryZones) {

    private static final Set<Zone> ROAMING_ZONES = EnumSet.of(Zone.Z1, Zone.Z2, Zone.Z3);
    private static final Set<Zone> DESTINATION_ZONES = EnumSet.of(Zone.EU, Zone.Z1, Zone.Z2, Zone.Z3);

    public Tariffs {
        plans = Map.copyOf(plans);
        extraPackages = Map.copyOf(extraPackages);
        prices = Map.copyOf(prices);
        numberRanges = narrowestFirst(numberRanges);
        roamingTariffs = Map.copyOf(roamingTariffs);
        internationalTariffs = Map.copyOf(internationalTariffs);
        countryZones = Map.copyOf(countryZones);

        plans.forEach((code, plan) -> requireKey(code, plan.code(), "price_plan"));
        extraPackages.forEach((code, extra) -> requireKey(code, extra.code(), "extra_package"));
        roamingTariffs.forEach((zone, tariff) -> requireKey(zone, tariff.zone(), "roaming_tariff"));
        internationalTariffs.forEach((zone, tariff) -> requireKey(zone, tariff.zone(), "international_tariff"));
        for (TariffCode code : TariffCode.values()) {
            if (!prices.containsKey(code)) {
                throw new IllegalArgumentException("tariff lacks a price for " + code);
            }
        }
        if (!roamingTariffs.keySet().equals(ROAMING_ZONES)) {
            throw new IllegalArgumentException("roaming_tariff needs exactly Z1, Z2, Z3, has " + roamingTariffs.keySet());
        }
        if (!internationalTariffs.keySet().equals(DESTINATION_ZONES)) {
            throw new IllegalArgumentException(
                    "international_tariff needs exactly EU, Z1, Z2, Z3, has " + internationalTariffs.keySet());
        }
        if (countryZones.get("NO") != Zone.NO) {
            throw new IllegalArgumentException("country table must map NO to zone NO");
        }
    }

    public PricePlan plan(String code) {
        PricePlan plan = plans.get(code);
        if (plan == null) {
            throw new IllegalArgumentException("unknown price plan " + code);
        }
        return plan;
    }

    public ExtraPackage extraPackage(String code) {
        ExtraPackage extra = extraPackages.get(code);
        if (extra == null) {
            throw new IllegalArgumentException("unknown extra package " + code);
        }
        return extra;
    }

    /** The country codes a CDR's {@code visited_country} may carry: hand these to {@link CdrParser}. */
    public Set<String> knownCountries() {
        return countryZones.keySet();
    }

    public BigDecimal price(TariffCode code) {
        return prices.get(code);
    }

    public Optional<Zone> zoneOf(String countryCode) {
        return Optional.ofNullable(countryZones.get(countryCode));
    }

    public RoamingTariff roamingTariff(Zone zone) {
        return roamingTariffs.get(zone);
    }

    public InternationalTariff internationalTariff(Zone zone) {
        return internationalTariffs.get(zone);
    }

    public Optional<NumberRange> narrowestRangeContaining(String nationalDigits) {
        for (NumberRange range : numberRanges) {
            if (range.contains(nationalDigits)) {
                return Optional.of(range);
            }
        }
        return Optional.empty();
    }

    /** Sorted once so that the first containing range is the narrowest. */
    private static List<NumberRange> narrowestFirst(List<NumberRange> ranges) {
        List<NumberRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(NumberRange::width));
        return List.copyOf(sorted);
    }

    private static void requireKey(Object key, Object rowKey, String table) {
        if (!key.equals(rowKey)) {
            throw new IllegalArgumentException(table + ": key " + key + " holds the row of " + rowKey);
        }
    }
}

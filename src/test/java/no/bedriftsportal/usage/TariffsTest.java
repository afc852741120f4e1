package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.NumberKind;
import no.bedriftsportal.catalog.NumberRange;
import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.catalog.TariffCode;
import no.bedriftsportal.catalog.Tariffs;
import no.bedriftsportal.catalog.Zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TariffsTest {

    private final Tariffs catalog = TariffsMother.catalog();

    @Test
    void picksTheNarrowestRangeThatContainsANumber() {
        assertThat(catalog.narrowestRangeContaining("1881")).map(NumberRange::kind).contains(NumberKind.DIRECTORY);
        assertThat(catalog.narrowestRangeContaining("1900")).map(NumberRange::kind).contains(NumberKind.SHORT_NUMBER);
        assertThat(catalog.narrowestRangeContaining("22334455")).isEmpty();
    }

    @Test
    void mapsTheCatalogueZones() {
        assertThat(catalog.zoneOf("NO")).contains(Zone.NO);
        assertThat(catalog.zoneOf("IS")).contains(Zone.EU);
        assertThat(catalog.zoneOf("XK")).contains(Zone.Z1);
        assertThat(catalog.zoneOf("CA")).contains(Zone.Z2);
        assertThat(catalog.zoneOf("AU")).contains(Zone.Z3);
        assertThat(catalog.zoneOf("XX")).isEmpty();
    }

    @Test
    void refusesACatalogueWithoutAPriceForEveryTariffCode() {
        Map<TariffCode, BigDecimal> prices = new HashMap<>(catalog.prices());
        prices.remove(TariffCode.FREEPHONE_MINUTE);

        assertThatThrownBy(() -> new Tariffs(catalog.plans(), catalog.extraPackages(), prices, catalog.numberRanges(),
                catalog.roamingTariffs(), catalog.internationalTariffs(), catalog.countryZones()))
                .hasMessage("tariff lacks a price for FREEPHONE_MINUTE");
    }

    @Test
    void refusesAPlanFiledUnderAnotherCode() {
        Map<String, PricePlan> plans = new HashMap<>(catalog.plans());
        plans.put("GULL", catalog.plan("BASIS"));

        assertThatThrownBy(() -> new Tariffs(plans, catalog.extraPackages(), catalog.prices(), catalog.numberRanges(),
                catalog.roamingTariffs(), catalog.internationalTariffs(), catalog.countryZones()))
                .hasMessage("price_plan: key GULL holds the row of BASIS");
    }

    @Test
    void refusesANumberRangeOfMixedLengths() {
        assertThatThrownBy(() -> new NumberRange("1800", "18999", NumberKind.DIRECTORY, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import no.bedriftsportal.catalog.ExtraPackage;
import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.catalog.TariffCode;
import no.bedriftsportal.catalog.Tariffs;
import no.bedriftsportal.catalog.Zone;

/**
 * The catalogue's prices the advice re-rates with (CATALOG.md), read once per calculation from
 * {@code catalog}: never written in code, so a price changed by the operator changes the advice.
 *
 * @param homeCountries the countries of zones NO and EU, where data counts against a package
 */
record AdvicePrices(List<PricePlan> plans, List<ExtraPackage> extraPackages, BigDecimal callMinute, BigDecimal sms,
        BigDecimal mms, BigDecimal dataMb, List<String> homeCountries) {

    AdvicePrices {
        plans = List.copyOf(plans);
        extraPackages = extraPackages.stream().sorted(Comparator.comparingLong(ExtraPackage::sizeMb).reversed()).toList();
        homeCountries = List.copyOf(homeCountries);
    }

    static AdvicePrices of(Tariffs tariffs) {
        return new AdvicePrices(tariffs.plans().values().stream().sorted(Comparator.comparing(PricePlan::code)).toList(),
                List.copyOf(tariffs.extraPackages().values()), tariffs.price(TariffCode.DOMESTIC_CALL_MINUTE),
                tariffs.price(TariffCode.DOMESTIC_SMS), tariffs.price(TariffCode.DOMESTIC_MMS),
                tariffs.price(TariffCode.DATA_OUTSIDE_PACKAGE_MB),
                tariffs.countryZones().entrySet().stream().filter(e -> e.getValue() == Zone.NO || e.getValue() == Zone.EU)
                        .map(java.util.Map.Entry::getKey).sorted().toList());
    }

    /** The plans a subscription on this plan could move to: those of its product group, itself included. */
    List<PricePlan> candidates(PricePlan current) {
        return plans.stream().filter(plan -> plan.productGroup().equals(current.productGroup())).toList();
    }

    PricePlan plan(String code) {
        return plans.stream().filter(plan -> plan.code().equals(code)).findFirst().orElse(null);
    }
}

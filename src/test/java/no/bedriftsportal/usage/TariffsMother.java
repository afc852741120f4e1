package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.ExtraPackage;
import no.bedriftsportal.catalog.InternationalTariff;
import no.bedriftsportal.catalog.NumberKind;
import no.bedriftsportal.catalog.NumberRange;
import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.catalog.RoamingTariff;
import no.bedriftsportal.catalog.TariffCode;
import no.bedriftsportal.catalog.Tariffs;
import no.bedriftsportal.catalog.Zone;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The demo operator's catalogue with exactly the numbers of CATALOG.md (and V2__catalog.sql). */
final class TariffsMother {

    static final List<String> EU_EEA = List.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
            "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI");
    static final List<String> REST_OF_EUROPE = List.of(
            "CH", "GB", "TR", "RS", "BA", "ME", "MK", "AL", "XK", "UA", "MD", "AD", "MC", "SM", "VA", "FO", "GI",
            "GG", "JE", "IM");
    static final List<String> USA_AND_CANADA = List.of("US", "CA");

    private TariffsMother() {
    }

    static Tariffs catalog() {
        return new Tariffs(plans(), extraPackages(), prices(), numberRanges(), roamingTariffs(), internationalTariffs(),
                countryZones());
    }

    private static Map<String, PricePlan> plans() {
        return byCode(List.of(
                new PricePlan("FRI_1", "Bedrift Fri 1 GB", "MOBILE", nok("199.00"), true, true, 1_000L),
                new PricePlan("FRI_5", "Bedrift Fri 5 GB", "MOBILE", nok("279.00"), true, true, 5_000L),
                new PricePlan("FRI_20", "Bedrift Fri 20 GB", "MOBILE", nok("349.00"), true, true, 20_000L),
                new PricePlan("BASIS", "Bedrift Basis", "MOBILE", nok("49.00"), true, false, null),
                new PricePlan("MBB_50", "Mobilt bredbånd 50 GB", "BROADBAND", nok("299.00"), false, false, 50_000L)), PricePlan::code);
    }

    private static Map<String, ExtraPackage> extraPackages() {
        return byCode(List.of(
                new ExtraPackage("EXTRA_1", "Ekstra datapakke 1 GB", 1_000, nok("79.00")),
                new ExtraPackage("EXTRA_5", "Ekstra datapakke 5 GB", 5_000, nok("199.00")),
                new ExtraPackage("EXTRA_15", "Ekstra datapakke 15 GB", 15_000, nok("349.00"))), ExtraPackage::code);
    }

    private static Map<TariffCode, BigDecimal> prices() {
        return Map.of(
                TariffCode.DOMESTIC_CALL_MINUTE, nok("0.49"),
                TariffCode.DOMESTIC_SMS, nok("0.39"),
                TariffCode.DOMESTIC_MMS, nok("0.99"),
                TariffCode.DATA_OUTSIDE_PACKAGE_MB, nok("0.10"),
                TariffCode.FREEPHONE_MINUTE, nok("0.00"),
                TariffCode.DIRECTORY_CALL_START, nok("9.90"),
                TariffCode.DIRECTORY_CALL_MINUTE, nok("14.90"));
    }

    private static List<NumberRange> numberRanges() {
        return List.of(
                new NumberRange("80000000", "80099999", NumberKind.FREEPHONE, false),
                new NumberRange("1800", "1899", NumberKind.DIRECTORY, true),
                new NumberRange("1000", "9999", NumberKind.SHORT_NUMBER, false),
                new NumberRange("10000", "99999", NumberKind.SHORT_NUMBER, false));
    }

    private static Map<Zone, RoamingTariff> roamingTariffs() {
        return byCode(List.of(
                new RoamingTariff(Zone.Z1, nok("2.49"), nok("0.99"), nok("0.79"), nok("1.99"), nok("2.00")),
                new RoamingTariff(Zone.Z2, nok("2.99"), nok("1.49"), nok("0.79"), nok("1.99"), nok("4.00")),
                new RoamingTariff(Zone.Z3, nok("4.99"), nok("2.49"), nok("0.99"), nok("1.99"), nok("9.90"))),
                RoamingTariff::zone);
    }

    private static Map<Zone, InternationalTariff> internationalTariffs() {
        return byCode(List.of(
                new InternationalTariff(Zone.EU, nok("0.99"), nok("0.79"), nok("1.99")),
                new InternationalTariff(Zone.Z1, nok("1.99"), nok("0.79"), nok("1.99")),
                new InternationalTariff(Zone.Z2, nok("1.49"), nok("0.79"), nok("1.99")),
                new InternationalTariff(Zone.Z3, nok("3.99"), nok("0.99"), nok("1.99"))),
                InternationalTariff::zone);
    }

    /** NO, the listed zones, and Z3 for "every other country". */
    private static Map<String, Zone> countryZones() {
        Map<String, Zone> zones = new HashMap<>();
        for (String country : Locale.getISOCountries()) {
            zones.put(country, Zone.Z3);
        }
        zones.put("NO", Zone.NO);
        EU_EEA.forEach(country -> zones.put(country, Zone.EU));
        REST_OF_EUROPE.forEach(country -> zones.put(country, Zone.Z1));
        USA_AND_CANADA.forEach(country -> zones.put(country, Zone.Z2));
        return zones;
    }

    private static <K, V> Map<K, V> byCode(List<V> rows, java.util.function.Function<V, K> code) {
        Map<K, V> map = new HashMap<>();
        rows.forEach(row -> map.put(code.apply(row), row));
        return map;
    }

    private static BigDecimal nok(String amount) {
        return new BigDecimal(amount);
    }
}

package no.bedriftsportal.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * The catalog module's API. The price list is small reference data, read from its tables on each
 * call (PostgreSQL keeps it in memory), so a price changed in the database applies at once.
 */
@Service
public class Catalog {

    private final JdbcClient jdbc;

    Catalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PricePlan> plans() {
        return jdbc.sql("""
                select code, name, product_group, monthly_fee, voice_and_messaging, fixed_price, data_package_mb
                from price_plan order by sort""")
                .query((rs, n) -> new PricePlan(rs.getString("code"), rs.getString("name"), rs.getString("product_group"),
                        rs.getBigDecimal("monthly_fee"), rs.getBoolean("voice_and_messaging"), rs.getBoolean("fixed_price"),
                        rs.getObject("data_package_mb", Long.class)))
                .list();
    }

    public Optional<PricePlan> plan(String code) {
        return plans().stream().filter(plan -> plan.code().equals(code)).findFirst();
    }

    /** The plan with this code, or an input error naming {@code field}. */
    public PricePlan requirePlan(String code, String field) {
        return plan(code).orElseThrow(() -> new InvalidInputException(field, "catalog.plan.unknown",
                "unknown price plan '" + code + "'; known: " + plans().stream().map(PricePlan::code).toList()));
    }

    public List<ExtraPackage> extraPackages() {
        return jdbc.sql("select code, name, size_mb, price from extra_package order by sort")
                .query((rs, n) -> new ExtraPackage(rs.getString("code"), rs.getString("name"), rs.getLong("size_mb"),
                        rs.getBigDecimal("price")))
                .list();
    }

    public Optional<ExtraPackage> extraPackage(String code) {
        return extraPackages().stream().filter(extra -> extra.code().equals(code)).findFirst();
    }

    /** The extra package with this code, or an input error naming {@code field}. */
    public ExtraPackage requireExtraPackage(String code, String field) {
        return extraPackage(code).orElseThrow(() -> new InvalidInputException(field, "catalog.extraPackage.unknown",
                "unknown extra package '" + code + "'; known: " + extraPackages().stream().map(ExtraPackage::code).toList()));
    }

    /** The whole price list as rating needs it, read afresh (a file is rated with one snapshot). */
    public Tariffs tariffs() {
        Map<String, PricePlan> plans = plans().stream().collect(Collectors.toMap(PricePlan::code, plan -> plan));
        Map<String, ExtraPackage> extras = extraPackages().stream().collect(Collectors.toMap(ExtraPackage::code, e -> e));
        Map<TariffCode, BigDecimal> prices = new EnumMap<>(TariffCode.class);
        jdbc.sql("select code, price from tariff").query(rs -> {
            String code = rs.getString("code");
            BigDecimal price = rs.getBigDecimal("price");
            Arrays.stream(TariffCode.values()).filter(known -> known.name().equals(code)).findFirst()
                    .ifPresent(known -> prices.put(known, price)); // codes rating does not use are left out
        });
        List<NumberRange> ranges = jdbc.sql("select first_number, last_number, kind, content_service from number_range")
                .query((rs, n) -> new NumberRange(rs.getString("first_number"), rs.getString("last_number"),
                        NumberKind.valueOf(rs.getString("kind")), rs.getBoolean("content_service")))
                .list();
        Map<Zone, RoamingTariff> roaming = jdbc.sql("""
                select zone_code, call_made_minute, call_received_minute, sms_sent, mms_sent, data_mb from roaming_tariff""")
                .query((rs, n) -> new RoamingTariff(Zone.valueOf(rs.getString("zone_code")), rs.getBigDecimal("call_made_minute"),
                        rs.getBigDecimal("call_received_minute"), rs.getBigDecimal("sms_sent"), rs.getBigDecimal("mms_sent"),
                        rs.getBigDecimal("data_mb")))
                .list().stream().collect(Collectors.toMap(RoamingTariff::zone, tariff -> tariff));
        Map<Zone, InternationalTariff> international = jdbc.sql("select zone_code, call_minute, sms, mms from international_tariff")
                .query((rs, n) -> new InternationalTariff(Zone.valueOf(rs.getString("zone_code")), rs.getBigDecimal("call_minute"),
                        rs.getBigDecimal("sms"), rs.getBigDecimal("mms")))
                .list().stream().collect(Collectors.toMap(InternationalTariff::zone, tariff -> tariff));
        Map<String, Zone> countries = new HashMap<>();
        jdbc.sql("select iso2, zone_code from country").query(rs -> {
            countries.put(rs.getString("iso2"), Zone.valueOf(rs.getString("zone_code")));
        });
        return new Tariffs(plans, extras, prices, ranges, roaming, international, countries);
    }

    /** The roaming zones' Norwegian names by code (NO, EU, Z1–Z3). */
    public Map<String, String> zoneNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select code, name_nb from roaming_zone").query(rs -> {
            names.put(rs.getString("code"), rs.getString("name_nb"));
        });
        return names;
    }

    public List<ProductGroup> productGroups() {
        return jdbc.sql("select code, name_nb, name_en from product_group order by sort")
                .query((rs, n) -> new ProductGroup(rs.getString("code"), rs.getString("name_nb"), rs.getString("name_en")))
                .list();
    }
}

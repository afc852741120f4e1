package no.bedriftsportal.catalog;

import java.util.List;
import java.util.Optional;

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

    public List<ProductGroup> productGroups() {
        return jdbc.sql("select code, name_nb, name_en from product_group order by sort")
                .query((rs, n) -> new ProductGroup(rs.getString("code"), rs.getString("name_nb"), rs.getString("name_en")))
                .list();
    }
}

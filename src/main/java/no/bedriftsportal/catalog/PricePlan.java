package no.bedriftsportal.catalog;

import java.math.BigDecimal;

/**
 * A price plan. {@code fixedPrice}: calls, SMS and MMS in Norway and the EU/EEA are included;
 * {@code voiceAndMessaging} false: a data-only plan; {@code dataPackageMb} null: no data package.
 */
public record PricePlan(String code, String name, String productGroup, BigDecimal monthlyFee, boolean voiceAndMessaging,
        boolean fixedPrice, Long dataPackageMb) {

    public boolean hasDataPackage() {
        return dataPackageMb != null;
    }

    /** The monthly data package in bytes, 0 when the plan has none. */
    public long dataPackageBytes() {
        return dataPackageMb == null ? 0 : Units.megabytesToBytes(dataPackageMb);
    }
}

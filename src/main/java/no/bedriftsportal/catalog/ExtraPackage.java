package no.bedriftsportal.catalog;

import java.math.BigDecimal;

/** An extra data package, bought on top of the monthly package; it lasts until the month ends. */
public record ExtraPackage(String code, String name, long sizeMb, BigDecimal price) {

    public long sizeBytes() {
        return Units.megabytesToBytes(sizeMb);
    }
}

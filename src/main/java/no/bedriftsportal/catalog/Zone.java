package no.bedriftsportal.catalog;

/** A roaming zone of the catalogue (table {@code roaming_zone}). */
public enum Zone {
    NO, EU, Z1, Z2, Z3;

    /** Norway, and the EU/EEA where "roam like at home" applies: data counts against the packages. */
    public boolean isPricedAsHome() {
        return this == NO || this == EU;
    }
}

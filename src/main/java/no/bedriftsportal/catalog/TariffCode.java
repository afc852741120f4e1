package no.bedriftsportal.catalog;

/** The rows of the catalogue's {@code tariff} table that rating uses. */
public enum TariffCode {
    DOMESTIC_CALL_MINUTE,
    DOMESTIC_SMS,
    DOMESTIC_MMS,
    DATA_OUTSIDE_PACKAGE_MB,
    FREEPHONE_MINUTE,
    DIRECTORY_CALL_START,
    DIRECTORY_CALL_MINUTE
}

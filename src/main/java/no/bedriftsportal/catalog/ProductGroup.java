package no.bedriftsportal.catalog;

/** Mobile telephony or mobile broadband: how reports and the dashboard group subscriptions. */
public record ProductGroup(String code, String nameNb, String nameEn) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameNb;
    }
}

package no.bedriftsportal.subscription;

/** How many subscriptions of a product group are active. */
public record ProductGroupCount(String productGroup, String nameNb, String nameEn, long count) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameNb;
    }
}

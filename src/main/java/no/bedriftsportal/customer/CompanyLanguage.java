package no.bedriftsportal.customer;

import java.util.Locale;

/**
 * The language of the SMS and e-mail the portal sends to a company's people (S2, #17.5): Norwegian
 * bokmål unless the company chose English. The portal's own pages follow each reader's choice, not this.
 */
public enum CompanyLanguage {
    NB("nb"), EN("en");

    private final String code;

    CompanyLanguage(String code) {
        this.code = code;
    }

    /** As stored and as the API spells it: {@code nb}, {@code en}. */
    public String code() {
        return code;
    }

    /** The locale the message bundles are read in ({@code messages.properties} is bokmål). */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language of this code (either case), or bokmål for an unknown or missing one. */
    public static CompanyLanguage of(String code) {
        return parse(code).orElse(NB);
    }

    /** The language of this code, or empty when it is none of ours. */
    public static java.util.Optional<CompanyLanguage> parse(String code) {
        for (CompanyLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return java.util.Optional.of(language);
            }
        }
        return java.util.Optional.empty();
    }
}

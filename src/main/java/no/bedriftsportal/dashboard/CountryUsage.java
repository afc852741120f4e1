package no.bedriftsportal.dashboard;

import java.math.BigDecimal;

/** D4: usage in, to or from one country over a period (ISO 3166-1 alpha-2), and how many users had it. */
public record CountryUsage(String country, String nameNb, String nameEn, long voiceSeconds, long messages, long bytes,
        BigDecimal amount, int users) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameNb;
    }

    public long minutes() {
        return Math.round(voiceSeconds / 60.0);
    }

    public long megabytes() {
        return Math.round(bytes / 1_000_000.0);
    }
}

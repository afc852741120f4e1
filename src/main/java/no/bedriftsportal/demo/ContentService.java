package no.bedriftsportal.demo;

import java.nio.charset.StandardCharsets;

/**
 * A content service bought on the phone bill. The CDR format allows VAT 25 or 0 only, so public
 * transport tickets (12 % in real life) carry 25 here.
 */
final class ContentService {

    static final int PARKING = 0;
    static final int TICKET = 1;
    static final int DONATION = 2;
    static final int VOTE = 3;

    static final ContentService[] ALL = {
            new ContentService("EasyPark", 25, "Parkering", "2020", "2090"),
            new ContentService("Ruter", 25, "Billett", "2015"),
            new ContentService("Redd Barna", 0, "Innsamling", "2160"),
            new ContentService("TV 2", 25, "Avstemning", "2299"),
    };

    final byte[] provider;
    final byte[] vatRate;
    final byte[] description;
    final long[] shortCodes;

    private ContentService(String provider, int vatRate, String description, String... shortCodes) {
        this.provider = provider.getBytes(StandardCharsets.US_ASCII);
        this.vatRate = Integer.toString(vatRate).getBytes(StandardCharsets.US_ASCII);
        this.description = description.getBytes(StandardCharsets.US_ASCII);
        this.shortCodes = new long[shortCodes.length];
        for (int i = 0; i < shortCodes.length; i++) {
            this.shortCodes[i] = UsageEvents.nationalNumber(shortCodes[i]);
        }
    }
}

package no.bedriftsportal.demo;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * A country the demo employees travel to or call: its roaming zone (as in the catalogue), calling
 * code and mobile number ranges. The ranges are ones libphonenumber accepts as valid for the
 * country, so that the rating finds the right destination from the number.
 */
final class Country {

    static final String EU = "EU";
    static final String Z1 = "Z1";
    static final String Z2 = "Z2";
    static final String Z3 = "Z3";

    /** Index 0 is Norway; {@link UsageEvents} stores countries as indexes into this table. */
    static final Country[] ALL = {
            new Country("NO", "NO", 47, 8, 0, 0, "40", "41", "45", "46", "47", "48", "90", "91", "92", "93", "94", "95", "96",
                    "97", "98", "99"),
            new Country("SE", EU, 46, 9, 12, 20, "70", "72", "73", "76", "79"),
            new Country("DK", EU, 45, 8, 10, 12, "26", "27", "28"),
            new Country("DE", EU, 49, 11, 10, 12, "151", "152", "157", "176", "177", "179"),
            new Country("ES", EU, 34, 9, 16, 6, "60", "61", "62", "63", "64", "65", "66", "67", "68", "69"),
            new Country("FR", EU, 33, 9, 7, 3, "61", "62", "64", "65", "66", "67", "68", "75", "76", "77", "78"),
            new Country("IT", EU, 39, 10, 8, 2, "320", "328", "333", "338", "340", "347", "366", "380", "393"),
            new Country("GR", EU, 30, 10, 8, 1, "693", "694", "695", "697", "698", "699"),
            new Country("PL", EU, 48, 9, 5, 10, "50", "51", "53", "57", "60", "66", "69", "72", "79", "88"),
            new Country("NL", EU, 31, 9, 4, 3, "61", "62", "63", "64", "65"),
            new Country("PT", EU, 351, 9, 6, 1, "91", "92", "93", "96"),
            new Country("HR", EU, 385, 9, 6, 1, "91", "92", "95", "98", "99"),
            new Country("AT", EU, 43, 10, 3, 1, "664", "660", "676", "650", "699"),
            new Country("FI", EU, 358, 9, 3, 4, "40", "41", "44", "45", "46", "50"),
            new Country("IS", EU, 354, 7, 2, 1, "69", "77", "78", "86", "89"),
            new Country("GB", Z1, 44, 10, 50, 12, "74", "75"),
            new Country("CH", Z1, 41, 9, 15, 1, "76", "77", "78", "79"),
            new Country("TR", Z1, 90, 10, 25, 1, "532", "533", "535", "536", "537", "538", "539", "542", "543", "544", "555"),
            new Country("RS", Z1, 381, 9, 10, 1, "60", "61", "62", "63", "64", "65", "66", "69"),
            new Country("US", Z2, 1, 10, 80, 9, "2126", "2127", "3104", "4153", "6174", "6462", "7023", "3057", "3128",
                    "2063", "5124"),
            new Country("CA", Z2, 1, 10, 20, 1, "4163", "6045", "5148", "4032", "6137"),
            new Country("TH", Z3, 66, 9, 35, 4, "81", "82", "83", "84", "85", "86", "87", "89", "61", "62", "63", "64", "91",
                    "92", "93", "94"),
            new Country("JP", Z3, 81, 10, 12, 1, "801", "803", "805", "807", "809", "901", "902", "903", "905", "908"),
            new Country("AE", Z3, 971, 9, 15, 1, "50", "52", "54", "55", "56", "58"),
            new Country("ZA", Z3, 27, 9, 10, 1, "71", "72", "73", "74", "76", "78", "79", "82", "83", "84"),
            new Country("BR", Z3, 55, 11, 8, 1, "119", "219", "319", "419", "519", "619", "719", "819"),
            new Country("IN", Z3, 91, 10, 8, 1, "98", "99", "97", "94", "90", "70", "81", "88", "89"),
            new Country("AU", Z3, 61, 9, 12, 1, "40", "41", "42", "43", "46"),
    };

    static final int NORWAY = 0;

    /** Norwegian fixed-line area prefixes, for the other party of domestic calls. */
    private static final int[] NORWEGIAN_LANDLINE = {21, 22, 23, 24, 31, 32, 33, 35, 37, 38, 51, 52, 53, 55, 56, 57, 61, 62,
            63, 64, 66, 67, 69, 70, 71, 72, 73, 74, 75, 77, 78};
    private static final long NORWAY_E164 = 4_700_000_000L;

    private static final int[] TRAVEL_BY_ZONE = {70, 15, 8, 7}; // EU, Z1, Z2, Z3 in per cent
    private static final String[] ZONES = {EU, Z1, Z2, Z3};

    final String iso;
    final byte[] isoBytes;
    final String zone;
    private final long nationalRange;
    private final long[] prefixStarts;
    private final int[] prefixSpans;
    private final int travelWeight;
    private final int callWeight;

    private Country(String iso, String zone, int callingCode, int nationalLength, int travelWeight, int callWeight,
            String... mobilePrefixes) {
        this.iso = iso;
        this.isoBytes = iso.getBytes(StandardCharsets.US_ASCII);
        this.zone = zone;
        this.travelWeight = travelWeight;
        this.callWeight = callWeight;
        this.nationalRange = pow10(nationalLength);
        this.prefixStarts = new long[mobilePrefixes.length];
        this.prefixSpans = new int[mobilePrefixes.length];
        for (int i = 0; i < mobilePrefixes.length; i++) {
            int rest = nationalLength - mobilePrefixes[i].length();
            prefixSpans[i] = (int) pow10(rest);
            prefixStarts[i] = callingCode * nationalRange + Long.parseLong(mobilePrefixes[i]) * prefixSpans[i];
        }
    }

    /** A mobile number in this country, as the E.164 digits without the plus. */
    long randomMobile(SplittableRandom random) {
        int prefix = random.nextInt(prefixStarts.length);
        return prefixStarts[prefix] + random.nextInt(prefixSpans[prefix]);
    }

    static long randomNorwegianMobile(SplittableRandom random) {
        return ALL[NORWAY].randomMobile(random);
    }

    static long randomNorwegianLandline(SplittableRandom random) {
        return NORWAY_E164 + NORWEGIAN_LANDLINE[random.nextInt(NORWEGIAN_LANDLINE.length)] * 1_000_000L
                + random.nextInt(1_000_000);
    }

    /** A travel destination: zone first (EU/EEA 70 %, Z1 15 %, Z2 8 %, Z3 7 %), then a country of it. */
    static int randomTravelDestination(SplittableRandom random) {
        int roll = random.nextInt(100);
        int zone = 0;
        while (roll >= TRAVEL_BY_ZONE[zone]) {
            roll -= TRAVEL_BY_ZONE[zone];
            zone++;
        }
        int total = 0;
        for (Country country : ALL) {
            if (country.zone.equals(ZONES[zone])) {
                total += country.travelWeight;
            }
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < ALL.length; i++) {
            if (ALL[i].zone.equals(ZONES[zone])) {
                pick -= ALL[i].travelWeight;
                if (pick < 0) {
                    return i;
                }
            }
        }
        throw new IllegalStateException("no country in zone " + ZONES[zone]);
    }

    /** A country people in Norway call or text, weighted by how often they do. */
    static int randomCalledFromNorway(SplittableRandom random) {
        int total = 0;
        for (Country country : ALL) {
            total += country.callWeight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < ALL.length; i++) {
            pick -= ALL[i].callWeight;
            if (pick < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights out of sync");
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }
}

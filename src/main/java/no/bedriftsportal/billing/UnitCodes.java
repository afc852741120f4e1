package no.bedriftsportal.billing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Our units (Norwegian abbreviations, as printed) and their UN/ECE Recommendation 20 codes, which
 * EHF requires on every quantity. Each code is in the EN 16931 code list the PEPPOL rules check.
 */
final class UnitCodes {

    private static final Map<String, String> UN_ECE_REC_20 = Map.ofEntries(
            Map.entry("stk", "C62"),   // one (a count: SMS, MMS, calls, packages)
            Map.entry("sek", "SEC"),
            Map.entry("min", "MIN"),
            Map.entry("t", "HUR"),
            Map.entry("dag", "DAY"),
            Map.entry("mnd", "MON"),
            Map.entry("kb", "2P"),     // kilobyte
            Map.entry("mb", "4L"),     // megabyte
            Map.entry("gb", "E34"));   // gigabyte

    private UnitCodes() {
    }

    static Optional<String> unEceCode(String unit) {
        return unit == null ? Optional.empty() : Optional.ofNullable(UN_ECE_REC_20.get(unit.toLowerCase(Locale.ROOT)));
    }
}

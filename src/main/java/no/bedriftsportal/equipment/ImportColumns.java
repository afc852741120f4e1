package no.bedriftsportal.equipment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an equipment file, in the order an export writes them and with the headers in both languages an
 * import accepts (in any order, case ignored). Export → import is a round trip: same columns, same words.
 */
final class ImportColumns {

    /** The input fields, in the files' order. */
    static final List<String> FIELDS = List.of("kind", "make", "model", "imei", "serialNumber", "phone", "holder",
            "customerNumber", "purchasedOn", "price", "supplier", "warrantyEndsOn", "status", "notes");

    private static final List<List<String>> HEADERS = List.of(
            List.of("Type", "Kind"), List.of("Merke", "Make"), List.of("Modell", "Model"), List.of("IMEI"),
            List.of("Serienummer", "Serial number"), List.of("Mobilnummer", "Phone number"), List.of("Bruker", "Holder"),
            List.of("Kundenummer", "Customer number"), List.of("Kjøpsdato", "Purchase date"), List.of("Pris", "Price"),
            List.of("Leverandør", "Supplier"), List.of("Garanti til", "Warranty end"), List.of("Status"),
            List.of("Notater", "Notes"));

    private ImportColumns() {
    }

    /** The headers an export writes, in the reader's language. */
    static List<String> headers(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return HEADERS.stream().map(names -> english && names.size() > 1 ? names.get(1) : names.get(0)).toList();
    }

    /** The field a header names, or empty for a column the import does not know (it is ignored). */
    static Optional<String> field(String header) {
        String wanted = header == null ? "" : header.strip().replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
        for (int i = 0; i < HEADERS.size(); i++) {
            for (String name : HEADERS.get(i)) {
                if (name.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(FIELDS.get(i));
                }
            }
        }
        return Optional.empty();
    }
}

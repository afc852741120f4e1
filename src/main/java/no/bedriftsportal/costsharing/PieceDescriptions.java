package no.bedriftsportal.costsharing;

import no.bedriftsportal.shared.NorwegianFormat;

/** Descriptions of rated pieces without the other party: what, where, how much. */
final class PieceDescriptions {

    private PieceDescriptions() {
    }

    static String describe(String type, String direction, String destinationZone, String country, String countryName,
            String destinationCountry, long seconds, long bytes, String provider, String description) {
        boolean abroad = country != null && !"NO".equals(country);
        String where = countryName == null ? country : countryName;
        return switch (type) {
            case "DATA" -> (abroad ? "Data i " + where : "Data") + ", " + NorwegianFormat.dataVolume(bytes).replace('\u00a0', ' ');
            case "VOICE" -> call("MT".equals(direction) ? "Mottatt samtale" : "Samtale", abroad, where, destinationCountry,
                    destinationZone) + ", " + minutes(seconds);
            case "SMS", "MMS" -> call("MT".equals(direction) ? "Mottatt " + type : type, abroad, where, destinationCountry,
                    destinationZone);
            case "CONTENT" -> content(provider, description);
            default -> type;
        };
    }

    private static String call(String what, boolean abroad, String where, String destinationCountry, String zone) {
        if (abroad) {
            return what + " i " + where;
        }
        if (destinationCountry != null && !"NO".equals(destinationCountry)) {
            return what + " til utlandet (" + zone + ")";
        }
        return what;
    }

    private static String content(String provider, String description) {
        if (provider == null || provider.isBlank()) {
            return description == null || description.isBlank() ? "Innholdstjeneste" : description;
        }
        return description == null || description.isBlank() ? provider : provider + ", " + description;
    }

    private static String minutes(long seconds) {
        long minutes = seconds / 60;
        long rest = seconds % 60;
        return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }
}

package no.bedriftsportal.dashboard;

import java.util.Locale;

/**
 * The kinds of a subscription's month in the company API's usage, in their order: the lines of
 * D6's breakdown (calls, SMS and MMS within fixed price, outside it and to/from abroad; data in the
 * package, in extra packages, outside the package, abroad, and blocked by Datakontroll; content
 * services) and the two charges of D6/D7's "Totalkostnad" ({@link TotalCost}): extra packages the
 * company pays and the monthly fee. Data blocked was never delivered: it costs nothing and is left
 * out of the data the dashboard counts ({@link UsedData}).
 */
enum UsageKind {
    VOICE_FIXED_PRICE("second"), VOICE_OUTSIDE_FIXED_PRICE("second"), VOICE_ABROAD("second"),
    SMS_FIXED_PRICE("message"), SMS_OUTSIDE_FIXED_PRICE("message"), SMS_ABROAD("message"),
    MMS_FIXED_PRICE("message"), MMS_OUTSIDE_FIXED_PRICE("message"), MMS_ABROAD("message"),
    DATA_PACKAGE("MB"), DATA_EXTRA_PACKAGE("MB"), DATA_OUTSIDE_PACKAGE("MB"), DATA_ABROAD("MB"), DATA_BLOCKED("MB"),
    CONTENT("event"),
    EXTRA_PACKAGES(null), MONTHLY_FEE(null);

    private final String unit;

    UsageKind(String unit) {
        this.unit = unit;
    }

    /** As the API spells it: {@code voice.fixed_price}, {@code data.extra_package}, {@code monthly_fee}. */
    String value() {
        String lower = name().toLowerCase(Locale.ROOT);
        int split = lower.indexOf('_');
        return split < 0 || this == EXTRA_PACKAGES || this == MONTHLY_FEE ? lower
                : lower.substring(0, split) + "." + lower.substring(split + 1);
    }

    /** What the quantity counts: seconds of calls made, messages sent, MB (10^6 bytes), events; null for a charge. */
    String unit() {
        return unit;
    }

    /** The kind of a group of rated usage, as D6 names its lines ({@code category} abroad and blocked data apart). */
    static UsageKind of(String type, String category, String dataBucket) {
        return switch (type) {
            case "DATA" -> "blocked".equals(dataBucket) ? DATA_BLOCKED
                    : "abroad".equals(category) ? DATA_ABROAD : valueOf("DATA_" + dataBucket.toUpperCase(Locale.ROOT));
            case "CONTENT" -> CONTENT;
            default -> valueOf(type + "_" + category.toUpperCase(Locale.ROOT));
        };
    }

    /** The kind an API value names, or null. */
    static UsageKind ofValue(String value) {
        for (UsageKind kind : values()) {
            if (kind.value().equals(value)) {
                return kind;
            }
        }
        return null;
    }
}

package no.bedriftsportal.usage;

/** The columns of CDR-FORMAT.md. */
enum CdrColumn {
    CDR_ID("cdr_id", true),
    MSISDN("msisdn", true),
    TYPE("type", true),
    START_TIME("start_time", true),
    DIRECTION("direction", false),
    OTHER_PARTY("other_party", false),
    VISITED_COUNTRY("visited_country", true),
    DURATION_S("duration_s", false),
    VOLUME_BYTES("volume_bytes", false),
    AMOUNT_NOK("amount_nok", false),
    VAT_RATE("vat_rate", false),
    PROVIDER("provider", false),
    DESCRIPTION("description", false);

    private final String header;
    private final boolean requiredForAll;

    CdrColumn(String header, boolean requiredForAll) {
        this.header = header;
        this.requiredForAll = requiredForAll;
    }

    String header() {
        return header;
    }

    /**
     * Columns every record needs must be in the header. The others are needed only by some types,
     * so a file without records of those types (a data-only file) may leave them out.
     */
    boolean requiredInHeader() {
        return requiredForAll;
    }
}

package no.bedriftsportal.usage;

import no.bedriftsportal.shared.Oslo;

/** A parsed record written back as one CSV line in CDR-FORMAT.md's column order, to keep with its rejection. */
final class CdrLines {

    static final String HEADER = "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,"
            + "volume_bytes,amount_nok,vat_rate,provider,description";

    private CdrLines() {
    }

    static String toCsv(ParsedCdr cdr) {
        return String.join(",", field(cdr.cdrId()), field(cdr.msisdn()), cdr.type().name(),
                cdr.startTime().atOffset(cdr.startOffset() == null ? Oslo.ZONE.getRules().getOffset(cdr.startTime())
                        : cdr.startOffset()).toString(),
                cdr.direction() == null ? "" : cdr.direction().name(), field(cdr.otherParty()), field(cdr.visitedCountry()),
                cdr.type() == CdrType.VOICE ? Long.toString(cdr.durationSeconds()) : "",
                cdr.type() == CdrType.DATA ? Long.toString(cdr.volumeBytes()) : "",
                cdr.amount() == null ? "" : cdr.amount().toPlainString(), cdr.vatRate() == null ? "" : cdr.vatRate().toString(),
                field(cdr.provider()), field(cdr.description()));
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break. */
    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

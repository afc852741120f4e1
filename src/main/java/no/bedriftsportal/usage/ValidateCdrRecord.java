package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns one CSV record into a {@link ParsedCdr}, or a {@link RejectedCdr} with the first reason
 * found, checking the fields in column order (CDR-FORMAT.md). Fields a type does not use are
 * ignored, even when they hold something.
 */
final class ValidateCdrRecord {

    /** Numbers read so far, each to one instance of it, at most: a file has some thousands. */
    private static final int MAX_NUMBERS_SHARED = 100_000;

    private final CdrHeader header;
    private final Map<String, String> knownCountries;
    /**
     * The numbers read, each to the one instance the records share: the records of three batches
     * wait in memory at a time, so one String per record for the same few numbers would be a tenth
     * of what they hold.
     */
    private final Map<String, String> numbers = new HashMap<>();

    /** @param knownCountries each code of the country table, to itself */
    ValidateCdrRecord(CdrHeader header, Map<String, String> knownCountries) {
        this.header = header;
        this.knownCountries = knownCountries;
    }

    CdrLine apply(CsvRecordReader record) {
        try {
            return parse(record);
        } catch (InvalidField invalid) {
            return new RejectedCdr(record.startLine(), validCdrIdOrNull(record), invalid.reason(), record.rawRecord());
        }
    }

    private ParsedCdr parse(CsvRecordReader record) {
        if (record.problem() != null) {
            throw new InvalidField(record.problem());
        }
        if (header.problem() != null) {
            throw new InvalidField(header.problem());
        }
        if (record.fieldCount() != header.fieldCount()) {
            throw new InvalidField("record has " + record.fieldCount() + " fields, the header has " + header.fieldCount());
        }
        String cdrId = CdrFields.cdrId(required(record, CdrColumn.CDR_ID));
        String msisdn = shared(CdrFields.msisdn(required(record, CdrColumn.MSISDN)));
        CdrType type = CdrFields.type(required(record, CdrColumn.TYPE));
        OffsetDateTime startTime = StartTime.parse(required(record, CdrColumn.START_TIME));

        Direction direction = null;
        String otherParty = null;
        if (type.isCallOrMessage()) {
            direction = CdrFields.direction(requiredFor(type, record, CdrColumn.DIRECTION));
        }
        if (type != CdrType.DATA) {
            otherParty = CdrFields.otherParty(requiredFor(type, record, CdrColumn.OTHER_PARTY));
        }
        String visitedCountry = CdrFields.visitedCountry(required(record, CdrColumn.VISITED_COUNTRY), knownCountries);

        long durationSeconds = type == CdrType.VOICE
                ? CdrFields.wholeNumber(CdrColumn.DURATION_S, requiredFor(type, record, CdrColumn.DURATION_S))
                : 0;
        long volumeBytes = type == CdrType.DATA
                ? CdrFields.wholeNumber(CdrColumn.VOLUME_BYTES, requiredFor(type, record, CdrColumn.VOLUME_BYTES))
                : 0;
        BigDecimal amount = null;
        Integer vatRate = null;
        if (type == CdrType.CONTENT) {
            amount = CdrFields.amount(requiredFor(type, record, CdrColumn.AMOUNT_NOK));
            vatRate = CdrFields.vatRate(requiredFor(type, record, CdrColumn.VAT_RATE));
            requiredFor(type, record, CdrColumn.PROVIDER);
        }
        return new ParsedCdr(record.startLine(), cdrId, msisdn, type, startTime.toInstant(), startTime.getOffset(),
                direction, otherParty, visitedCountry, durationSeconds, volumeBytes, amount, vatRate,
                optional(record, CdrColumn.PROVIDER), optional(record, CdrColumn.DESCRIPTION));
    }

    private String shared(String msisdn) {
        String known = numbers.get(msisdn);
        if (known != null) {
            return known;
        }
        if (numbers.size() >= MAX_NUMBERS_SHARED) {
            numbers.clear();
        }
        numbers.put(msisdn, msisdn);
        return msisdn;
    }

    private String required(CsvRecordReader record, CdrColumn column) {
        String value = value(record, column);
        if (value.isEmpty()) {
            throw new InvalidField(column.header() + " is required");
        }
        return value;
    }

    private String requiredFor(CdrType type, CsvRecordReader record, CdrColumn column) {
        if (header.position(column) < 0) {
            throw new InvalidField("header lacks column " + column.header() + ", required for " + type);
        }
        String value = value(record, column);
        if (value.isEmpty()) {
            throw new InvalidField(column.header() + " is required for " + type);
        }
        return value;
    }

    private String optional(CsvRecordReader record, CdrColumn column) {
        String value = value(record, column);
        return value.isEmpty() ? null : value;
    }

    private String value(CsvRecordReader record, CdrColumn column) {
        int position = header.position(column);
        return position < 0 || position >= record.fieldCount() ? "" : record.field(position);
    }

    private String validCdrIdOrNull(CsvRecordReader record) {
        String cdrId = value(record, CdrColumn.CDR_ID);
        return CdrFields.isValidCdrId(cdrId) ? cdrId : null;
    }
}

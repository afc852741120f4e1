package no.bedriftsportal.costsharing;

import java.time.LocalDate;
import java.util.HexFormat;

import no.bedriftsportal.shared.Sha256;

/**
 * A SHA-256 of everything a stored result holds (V28): the agreement that counted, the sums, and
 * each line with its events, in order. Two results with the same digest are stored the same, so
 * {@link ResultStore} leaves one computed again as it was where it is.
 */
final class ResultDigest {

    /** Between fields; no text the result holds contains it. */
    private static final char FIELD = '\u001f';
    /** After a line or an event. */
    private static final char RECORD = '\u001e';

    private ResultDigest() {
    }

    static String of(LocalDate agreementSignedOn, EmployeeMonthResult result) {
        StringBuilder text = new StringBuilder(256);
        append(text, agreementSignedOn).append(result.deduction().toPlainString()).append(FIELD)
                .append(result.benefit().toPlainString()).append(FIELD).append(result.notDeducted().toPlainString())
                .append(RECORD);
        for (ResultLine line : result.lines()) {
            append(text, line.kind());
            append(text, line.treatment());
            append(text, line.subscriptionId());
            append(text, line.maskedMsisdn());
            append(text, line.profile() == null ? null : line.profile().profileId());
            append(text, line.profile() == null ? null : line.profile().version());
            append(text, line.profile() == null ? null : line.profile().name());
            append(text, line.rule());
            append(text, line.amount().toPlainString());
            append(text, line.correctsMonth()).append(RECORD);
            for (ResultLine.EventRef event : line.events()) {
                append(text, event.cdrId());
                append(text, event.piece());
                append(text, event.startTime());
                append(text, event.description());
                append(text, event.gross().toPlainString()).append(RECORD);
            }
            text.append(RECORD);
        }
        return HexFormat.of().formatHex(Sha256.of(text.toString()));
    }

    private static StringBuilder append(StringBuilder text, Object value) {
        return text.append(value == null ? "\u0000" : value.toString()).append(FIELD);
    }
}

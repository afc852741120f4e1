package no.bedriftsportal.costsharing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

import no.bedriftsportal.messaging.Channel;
import no.bedriftsportal.messaging.MessagePurpose;
import no.bedriftsportal.messaging.MessageStatus;
import no.bedriftsportal.messaging.SendLogFilter;
import no.bedriftsportal.shared.InvalidInputException;

/**
 * The send log's filter as the page's URL and the API's query carry it ({@code channel},
 * {@code status}, {@code recipient}, {@code purpose}, {@code from}, {@code to} as yyyy-MM-dd), and
 * back to a URL, so that the page's state is its address.
 */
record SendLogQuery(SendLogFilter filter) {

    static final String PATH = "/invoice-control/send-log";
    static final String EXCEL = PATH + ".xlsx";
    static final String RESULTS_ID = "send-log-results";

    static SendLogQuery parse(String channel, String status, String recipient, String purpose, String from, String to) {
        return new SendLogQuery(new SendLogFilter(value(Channel.class, "channel", channel), value(MessageStatus.class, "status", status),
                recipient == null ? null : recipient.strip(), value(MessagePurpose.class, "purpose", purpose), date("from", from),
                date("to", to)));
    }

    /** The filter as query parameters (without {@code ?}), empty for none. */
    String parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("channel", filter.channel());
        parameters.put("status", filter.status());
        parameters.put("recipient", filter.recipient());
        parameters.put("purpose", filter.purpose());
        parameters.put("from", filter.from());
        parameters.put("to", filter.to());
        return parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(e.getValue().toString(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    String href() {
        return parameters().isEmpty() ? PATH : PATH + "?" + parameters();
    }

    String nextHref(String cursor) {
        return PATH + "?" + (parameters().isEmpty() ? "" : parameters() + "&") + "cursor=" + cursor;
    }

    String excelHref() {
        return parameters().isEmpty() ? EXCEL : EXCEL + "?" + parameters();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "invoiceControl.sendLog.error.filter", field + " is not one of the values listed", field);
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "invoiceControl.sendLog.error.filter", field + " is a date, yyyy-MM-dd", field);
        }
    }
}

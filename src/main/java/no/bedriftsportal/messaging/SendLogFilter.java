package no.bedriftsportal.messaging;

import java.time.LocalDate;

/**
 * Which of a company's messages the send log shows; every field {@code null} for "any".
 *
 * @param recipient part of the address or number (spaces ignored, so {@code 412 34} finds {@code +4741234567})
 * @param from      the first day (Oslo) the message was queued
 * @param to        the last day (Oslo), inclusive
 */
public record SendLogFilter(Channel channel, MessageStatus status, String recipient, MessagePurpose purpose, LocalDate from,
        LocalDate to) {

    public SendLogFilter {
        recipient = recipient == null || recipient.isBlank() ? null : recipient.replaceAll("\\s", "");
        if (from != null && to != null && to.isBefore(from)) {
            LocalDate earlier = to;
            to = from;
            from = earlier;
        }
    }

    public static SendLogFilter all() {
        return new SendLogFilter(null, null, null, null, null, null);
    }
}

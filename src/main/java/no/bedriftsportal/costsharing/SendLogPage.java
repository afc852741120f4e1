package no.bedriftsportal.costsharing;

import java.util.List;

import no.bedriftsportal.messaging.Channel;
import no.bedriftsportal.messaging.MessagePurpose;
import no.bedriftsportal.messaging.MessageStatus;
import no.bedriftsportal.messaging.SendLogEntry;
import no.bedriftsportal.messaging.SendLogFilter;
import no.bedriftsportal.shared.web.PageContext;

/**
 * What the send log's page shows: the filter, one page of messages, and the cursor of the next.
 *
 * @param later whether this is not the first page (the page then links back to the newest)
 */
public record SendLogPage(SendLogQuery query, List<SendLogEntry> entries, String nextCursor, boolean later) {

    public SendLogFilter filter() {
        return query.filter();
    }

    public List<Channel> channels() {
        return List.of(Channel.values());
    }

    public List<MessageStatus> statuses() {
        return List.of(MessageStatus.values());
    }

    public List<MessagePurpose> purposes() {
        return List.of(MessagePurpose.values());
    }

    public String href() {
        return query.href();
    }

    public String nextHref() {
        return nextCursor == null ? null : query.nextHref(nextCursor);
    }

    public String excelHref() {
        return query.excelHref();
    }

    /** The recipient as people write it: a mobile number grouped, an address as it is. */
    public static String recipient(PageContext page, SendLogEntry entry) {
        return entry.channel() == Channel.SMS ? page.msisdn(entry.recipient()) : entry.recipient();
    }

    /** The text sent, or that a one-time code is hidden. */
    public static String text(PageContext page, SendLogEntry entry) {
        return entry.hidden() ? page.t("invoiceControl.sendLog.hidden") : entry.text();
    }

    public static String purpose(PageContext page, SendLogEntry entry) {
        return page.t("messaging.purpose." + (entry.purpose() == null ? "none" : entry.purpose().name()));
    }
}

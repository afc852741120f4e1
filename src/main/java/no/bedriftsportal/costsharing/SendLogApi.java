package no.bedriftsportal.costsharing;

import java.time.Instant;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.bedriftsportal.messaging.SendLog;
import no.bedriftsportal.messaging.SendLogEntry;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiLimit;
import no.bedriftsportal.shared.api.CursorPage;

/**
 * The company API's send log (#15.4): the same messages and filters as the page
 * ({@link SendLogController}), for a token that sees every customer number (the log is the whole
 * company's); a token limited to some gets 403.
 */
@RestController
@Tag(name = "Invoice control: send log", description = "The SMS and e-mails the portal sent for the company, with their status")
class SendLogApi {

    private final SendLog log;

    SendLogApi(SendLog log) {
        this.log = log;
    }

    @GetMapping(InvoiceControlJson.PATH + "/send-log")
    @Operation(summary = "The company's SMS and e-mails, newest first; filter by channel (SMS, EMAIL), status (PENDING, SENT, "
            + "FAILED, REJECTED), recipient (contains), purpose and queued date from/to (yyyy-MM-dd); one-time codes never carry "
            + "their text (hidden: true). Needs a token with every customer number")
    CursorPage<Message> list(@AuthenticationPrincipal ApiClient client, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String status, @RequestParam(required = false) String recipient,
            @RequestParam(required = false) String purpose, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        CompanyWideRules.requireWholeCompany(client.scope());
        int pageSize = ApiLimit.of(limit);
        SendLogQuery query = SendLogQuery.parse(channel, status, recipient, purpose, from, to);
        CursorPage<SendLogEntry> page = log.page(client.companyId(), query.filter(), cursor, pageSize);
        return new CursorPage<>(page.items().stream().map(Message::of).toList(), page.nextCursor());
    }

    /** One message as the API shows it. */
    record Message(String channel, long id, Instant queuedAt, Instant sentAt, String recipient, String purpose,
            @Schema(description = "The e-mail's subject; null for an SMS") String subject,
            @Schema(description = "The SMS's text or the e-mail's text body; null when hidden") String text,
            @Schema(description = "True for a one-time code, whose text is never shown") boolean hidden,
            String status, int attempts,
            @Schema(description = "The server's reply or the failure at the last attempt") String lastError, Long employeeId) {

        static Message of(SendLogEntry e) {
            return new Message(e.channel().name(), e.id(), e.queuedAt(), e.sentAt(), e.recipient(),
                    e.purpose() == null ? null : e.purpose().name(), e.subject(), e.text(), e.hidden(), e.status().name(),
                    e.attempts(), e.lastError(), e.employeeId());
        }
    }
}

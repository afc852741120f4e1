package no.bedriftsportal.reporting;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * Send på e-post (R4): the report the user looks at, written with their own scope and sent now to
 * the recipients they give (each checked by {@link RecipientRules}), one mail each, audited with
 * the recipients. The file is made before the transaction that queues the mails, so a slow report
 * holds no locks.
 */
@Service
public class SendReport {

    private final RecipientRules recipients;
    private final ReportMailer mailer;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    SendReport(RecipientRules recipients, ReportMailer mailer, AuditTrail audit, PlatformTransactionManager transactions) {
        this.recipients = recipients;
        this.mailer = mailer;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @param typed the addresses as typed (split at commas, spaces, lines) */
    Sent send(Requester requester, ReportRequest request, ReportFormat format, String typed, String message, Locale locale) {
        return send(requester, request, format, SendForm.addresses(typed), message, locale);
    }

    Sent send(Requester requester, ReportRequest request, ReportFormat format, List<String> typed, String message, Locale locale) {
        String text = SendForm.message(message);
        List<String> to = recipients.check(requester.companyId(), typed);
        ReportMailer.Rendered file = mailer.render(requester.scope(), request, format == null ? ReportFormat.EXCEL : format, locale);
        List<Long> mailIds = transaction.execute(status -> {
            List<Long> ids = mailer.queue(requester.companyId(), file, to, text, locale);
            audit.changed(Change.REPORT_SENT, null, List.of(file.heading().title(), ReportMailer.period(file.report()),
                    String.join(", ", to)));
            return ids;
        });
        return new Sent(to, file.rows(), file.size(), mailIds);
    }

    /** What went: to whom, how many rows, the file's size in bytes, the mails' ids (in the recipients' order). */
    public record Sent(List<String> recipients, long rows, long sizeBytes, List<Long> mailIds) {
    }
}

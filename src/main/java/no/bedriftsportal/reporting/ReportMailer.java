package no.bedriftsportal.reporting;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import no.bedriftsportal.messaging.MailAttachment;
import no.bedriftsportal.messaging.MailOutbox;
import no.bedriftsportal.messaging.MessagePurpose;
import no.bedriftsportal.messaging.OutgoingMail;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NorwegianFormat;

/**
 * A report as an e-mail (R4), for sending now and for schedules alike: the file is written with
 * the given scope into memory (refused past the outbox's attachment limit, which is checked as the
 * bytes come, so a huge report never fills the heap), then one mail per recipient is queued in the
 * caller's transaction: subject "title – period", a text body with the heading's lines.
 */
@Component
class ReportMailer {

    /** The language of scheduled mails, which no request decides. */
    static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private final Reports reports;
    private final ReportFiles files;
    private final ReportLabels labels;
    private final MailOutbox outbox;

    ReportMailer(Reports reports, ReportFiles files, ReportLabels labels, MailOutbox outbox) {
        this.reports = reports;
        this.files = files;
        this.labels = labels;
        this.outbox = outbox;
    }

    /**
     * Makes the file.
     *
     * @throws InvalidInputException (field {@code format}) when the file is larger than a mail may carry
     */
    Rendered render(AccessScope scope, ReportRequest request, ReportFormat format, Locale locale) {
        Report report = reports.prepare(scope, request);
        ReportHeading heading = labels.heading(scope, report, locale);
        CappedBuffer buffer = new CappedBuffer(OutgoingMail.MAX_ATTACHMENT_BYTES);
        long rows;
        try {
            rows = files.write(scope, report, heading, format, locale, buffer);
        } catch (CappedBuffer.Full e) {
            throw tooLarge();
        } catch (RuntimeException e) {
            if (hasCause(e, CappedBuffer.Full.class)) {
                throw tooLarge();
            }
            throw e;
        }
        return new Rendered(report, heading, format, buffer.toByteArray(), rows);
    }

    /** Queues one mail per recipient; answers the mails' ids in the recipients' order. */
    List<Long> queue(long companyId, Rendered file, List<String> recipients, String message, Locale locale) {
        MailAttachment attachment = new MailAttachment(file.heading().fileName() + "." + file.format().extension(),
                file.format().contentType(), file.content());
        String subject = labels.t("reports.mail.subject", locale, file.heading().title(), period(file.report()));
        String text = body(file, message, locale);
        List<Long> ids = new ArrayList<>();
        for (String to : recipients) {
            ids.add(outbox.queue(OutgoingMail.text(companyId, null, MessagePurpose.REPORT, to, subject, text)
                    .withAttachments(List.of(attachment))));
        }
        return ids;
    }

    private String body(Rendered file, String message, Locale locale) {
        StringBuilder text = new StringBuilder();
        if (message != null) {
            text.append(message).append("\n\n");
        }
        ReportHeading heading = file.heading();
        text.append(heading.title()).append('\n').append(heading.description()).append("\n\n").append(heading.company()).append('\n');
        heading.lines().forEach(line -> text.append(line).append('\n'));
        text.append('\n').append(labels.t("reports.mail.rows", locale, NorwegianFormat.integer(file.rows())));
        text.append("\n\n").append(labels.t("reports.mail.footer", locale));
        return text.toString();
    }

    static String period(Report report) {
        return NorwegianFormat.date(report.period().from()) + "–" + NorwegianFormat.date(report.period().to());
    }

    private static InvalidInputException tooLarge() {
        return new InvalidInputException("format", "reports.send.error.tooLarge",
                "The file is too large for e-mail (over 10 MB): narrow the report", OutgoingMail.MAX_ATTACHMENT_BYTES / 1_000_000);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** A report written as a file, ready to attach. */
    record Rendered(Report report, ReportHeading heading, ReportFormat format, byte[] content, long rows) {

        int size() {
            return content.length;
        }
    }

    /** Bytes in memory up to a limit; one more byte and the write fails with {@link Full}. */
    static final class CappedBuffer extends ByteArrayOutputStream {

        private final int limit;

        CappedBuffer(int limit) {
            super(64 * 1024);
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            check(1);
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            check(len);
            super.write(b, off, len);
        }

        private void check(int more) {
            if ((long) count + more > limit) {
                throw new Full();
            }
        }

        /** The file went past the limit. */
        static final class Full extends RuntimeException {
            Full() {
                super("over the attachment limit", null, false, false);
            }
        }
    }
}

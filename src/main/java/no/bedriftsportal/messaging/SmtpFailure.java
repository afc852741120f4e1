package no.bedriftsportal.messaging;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

import jakarta.mail.MessagingException;

/**
 * What a failed send means for the mail. A 5xx reply of the SMTP server is permanent (RFC 5321
 * § 4.2.1: "do not repeat the exact request"), e.g. an unknown mailbox, so the mail is rejected at
 * once with the server's words; a 4xx reply, a server that cannot be reached or a dropped connection
 * is transient, and the mail is tried again later. A mail that cannot even be built is permanent too.
 * A refusal of our own sender or login ({@code MAIL FROM}, 530, 535) is counted as transient even
 * when it is a 5xx: it is about the portal's configuration, not the mail, and must not kill every
 * mail at once; those mails fail after the last attempt, when nobody has fixed it.
 *
 * @param reply the server's reply line when it gave one, otherwise what went wrong
 */
record SmtpFailure(boolean permanent, Integer code, String reply) {

    private static final int MAX_REPLY = 1000;

    static SmtpFailure of(Exception failure) {
        if (failure instanceof MailPreparationException || failure instanceof MailParseException) {
            return new SmtpFailure(true, null, text(failure));
        }
        for (Throwable cause : causes(failure)) {
            Integer code = returnCode(cause);
            if (code != null && code > 0) {
                boolean ours = cause instanceof SMTPSenderFailedException || code == 530 || code == 535;
                return new SmtpFailure(code >= 500 && code < 600 && !ours, code, text(cause));
            }
        }
        Throwable deepest = failure;
        for (Throwable cause : causes(failure)) {
            deepest = cause;
        }
        return new SmtpFailure(false, null, deepest == failure ? text(failure) : text(failure) + ": " + text(deepest));
    }

    private static Integer returnCode(Throwable cause) {
        if (cause instanceof SMTPAddressFailedException address) {
            return address.getReturnCode();
        }
        if (cause instanceof SMTPSendFailedException send) {
            return send.getReturnCode();
        }
        if (cause instanceof SMTPSenderFailedException sender) {
            return sender.getReturnCode();
        }
        return null;
    }

    /** Every exception behind this one: causes, JavaMail's chained "next" exceptions, and Spring's per-message ones. */
    private static Iterable<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> queue = new ArrayDeque<>();
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        queue.add(failure);
        while (!queue.isEmpty()) {
            Throwable next = queue.poll();
            if (next == null || !seen.add(next)) {
                continue;
            }
            all.add(next);
            if (next.getCause() != null) {
                queue.add(next.getCause());
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                queue.add(messaging.getNextException());
            }
            if (next instanceof MailSendException send) {
                queue.addAll(java.util.List.of(send.getMessageExceptions()));
            }
        }
        return all;
    }

    private static String text(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage().strip();
        return message.length() > MAX_REPLY ? message.substring(0, MAX_REPLY) : message;
    }
}

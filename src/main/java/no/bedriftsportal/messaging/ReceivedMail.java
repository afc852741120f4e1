package no.bedriftsportal.messaging;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail as the demo's SMTP server received it, for {@code /dev/mail}: who it went to and from,
 * the subject, when it was sent, and its text and HTML bodies as the MIME parts carried them.
 */
public record ReceivedMail(String to, String from, String subject, Instant sentAt, String messageId, String text, String html) {

    static ReceivedMail of(MimeMessage message) {
        try {
            Bodies bodies = new Bodies();
            bodies.read(message);
            return new ReceivedMail(addresses(message.getRecipients(Message.RecipientType.TO)), addresses(message.getFrom()),
                    message.getSubject(), message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    message.getMessageID(), bodies.text, bodies.html);
        } catch (MessagingException | IOException e) {
            return new ReceivedMail(null, null, "(kunne ikke leses: " + e.getMessage() + ")", null, null, null, null);
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? null : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    /** The first text/plain and text/html parts, however deep in the multiparts. */
    private static final class Bodies {
        private String text;
        private String html;

        void read(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    read(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            }
        }
    }
}

package no.bedriftsportal.messaging;

import java.util.Arrays;
import java.util.Objects;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;

/**
 * A file sent with a mail: a report as Excel, CSV or PDF. Its name is made safe to put in a MIME
 * header and on the recipient's disk: no folders (only what follows the last {@code /} or
 * {@code \}), no control characters (a CR or LF would start a header of its own), at most
 * {@value #MAX_FILE_NAME} characters (cut before the extension, which is kept). Letters such as
 * æøå stay: the dispatcher writes them as RFC 2231 UTF-8. The content is copied in and out, so the
 * caller's array may change afterwards.
 *
 * @param contentType a MIME type, parameters allowed ({@code text/csv; charset=UTF-8})
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    static final int MAX_FILE_NAME = 100;
    /** An extension longer than this is not one worth keeping when the name is cut. */
    private static final int MAX_EXTENSION = 10;

    public MailAttachment {
        fileName = safeFileName(fileName);
        contentType = mimeType(contentType);
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The content's length in bytes. */
    public int size() {
        return content.length;
    }

    static String safeFileName(String name) {
        String base = Objects.requireNonNull(name, "fileName");
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(base.length());
        base.codePoints().filter(c -> !Character.isISOControl(c)).forEach(kept::appendCodePoint);
        base = kept.toString().strip();
        if (base.length() > MAX_FILE_NAME) {
            int dot = base.lastIndexOf('.');
            String extension = dot > 0 && base.length() - dot <= MAX_EXTENSION ? base.substring(dot) : "";
            int cut = MAX_FILE_NAME - extension.length();
            if (Character.isHighSurrogate(base.charAt(cut - 1))) {
                cut--;
            }
            base = base.substring(0, cut).strip() + extension;
        }
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            throw new IllegalArgumentException("An attachment needs a file name: " + name);
        }
        return base;
    }

    private static String mimeType(String contentType) {
        String type = Objects.requireNonNull(contentType, "contentType").strip();
        try {
            if (type.chars().anyMatch(Character::isISOControl) || type.length() > 255) {
                throw new ParseException(type);
            }
            return new ContentType(type).toString();
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a MIME type: " + type, e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that && fileName.equals(that.fileName) && contentType.equals(that.contentType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MailAttachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}

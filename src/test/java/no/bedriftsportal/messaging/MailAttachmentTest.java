package no.bedriftsportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailAttachmentTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ParameterizedTest(name = "''{0}'' → ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "Månedsrapport æøå.xlsx|Månedsrapport æøå.xlsx",
            "../../etc/passwd|passwd",
            "C:\\Users\\Åse\\rapport.csv|rapport.csv",
            "'  brukere.pdf  '|brukere.pdf"})
    void aFileNameHasNoFolderNoControlCharactersAndNoSpaceAround(String given, String kept) {
        assertThat(new MailAttachment(given, "application/pdf", new byte[1]).fileName()).isEqualTo(kept);
    }

    @Test
    void aLineBreakCannotStartAHeaderOfItsOwn() {
        assertThat(new MailAttachment("rapport.csv\r\nBcc: x@evil.test", "text/csv", new byte[1]).fileName())
                .isEqualTo("rapport.csvBcc: x@evil.test");
    }

    @Test
    void aLongNameIsCutToAHundredCharactersKeepingItsExtension() {
        String name = "Bruk per abonnement ".repeat(8) + ".xlsx";

        String kept = new MailAttachment(name, XLSX, new byte[1]).fileName();

        assertThat(kept).hasSize(100).endsWith(".xlsx").startsWith("Bruk per abonnement");
        assertThat(new MailAttachment("æ".repeat(99) + "😀😀", XLSX, new byte[1]).fileName())
                .as("a letter outside the BMP is not cut in half").isEqualTo("æ".repeat(99));
    }

    @Test
    void refusesNoNameAndWhatIsNoMimeType() {
        assertThatThrownBy(() -> new MailAttachment("rapporter/", XLSX, new byte[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("..", XLSX, new byte[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("a.csv", "csv", new byte[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailAttachment("a.csv", "text/csv\r\nBcc: x@evil.test", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MailAttachment("a.csv", "text/csv; charset=UTF-8", new byte[1]).contentType()).isEqualTo("text/csv; charset=UTF-8");
    }

    @Test
    void theContentIsTheCallersAsItWasWhenGiven() {
        byte[] bytes = {1, 2, 3};
        MailAttachment attachment = new MailAttachment("a.bin", "application/octet-stream", bytes);
        bytes[0] = 9;
        attachment.content()[1] = 9;

        assertThat(attachment.content()).containsExactly(1, 2, 3);
        assertThat(attachment).isEqualTo(new MailAttachment("a.bin", "application/octet-stream", new byte[] {1, 2, 3}));
    }

    @Test
    void aMailCarriesAtMostTenMegabytesOfAttachments() {
        OutgoingMail mail = OutgoingMail.text(1, null, MessagePurpose.REPORT, "rapport@bedrift.test", "Rapport", "Vedlagt.");
        MailAttachment half = new MailAttachment("del.xlsx", XLSX, new byte[5_000_000]);
        MailAttachment oneByte = new MailAttachment("mer.csv", "text/csv", new byte[1]);

        assertThat(mail.withAttachments(List.of(half, half)).attachments()).hasSize(2);
        assertThat(mail.attachments()).as("the plain mail is left as it was").isEmpty();
        assertThatThrownBy(() -> mail.withAttachments(List.of(half, half, oneByte)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 MB").hasMessageContaining("10000001 bytes");
    }
}

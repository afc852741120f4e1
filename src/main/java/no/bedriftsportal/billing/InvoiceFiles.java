package no.bedriftsportal.billing;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An invoice's PDF or EHF as a file to save, named the same for portal users and the operator. */
final class InvoiceFiles {

    private InvoiceFiles() {
    }

    /** {@code faktura-<number>.pdf} */
    static ResponseEntity<byte[]> pdf(long number, byte[] content) {
        return attachment(content, MediaType.APPLICATION_PDF, "faktura-" + number + ".pdf");
    }

    /** {@code faktura-<number>.xml}: PEPPOL BIS Billing 3.0 UBL. */
    static ResponseEntity<byte[]> ehf(long number, byte[] content) {
        return attachment(content, MediaType.APPLICATION_XML, "faktura-" + number + ".xml");
    }

    private static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}

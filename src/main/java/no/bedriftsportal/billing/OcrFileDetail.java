package no.bedriftsportal.billing;

import java.util.List;

/** An OCR file with each of its payments. A file refused before its payments could be read has none. */
public record OcrFileDetail(OcrImportSummary file, List<OcrTransactionView> transactions) {
}

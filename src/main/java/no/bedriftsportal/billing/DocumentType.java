package no.bedriftsportal.billing;

/** An invoice, or the credit note that corrects one (an issued invoice is never edited). */
public enum DocumentType {
    INVOICE,
    CREDIT_NOTE
}

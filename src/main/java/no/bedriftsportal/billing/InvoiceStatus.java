package no.bedriftsportal.billing;

/**
 * Where an invoice stands, from its payments and due date (D3, F2): paid; new (unpaid, not yet
 * due); overdue (unpaid and past due); credited (settled by a credit note). A credit note itself
 * is {@code CREDIT_NOTE}.
 */
public enum InvoiceStatus {
    PAID, NEW, OVERDUE, CREDITED, CREDIT_NOTE
}

package no.bedriftsportal.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An issued invoice or credit note with everything bokføringsforskriften § 5-1-1 asks of a sales
 * document, ready to render as PDF ({@link InvoicePdf}) or EHF ({@link EhfDocument}).
 *
 * @param number            from the pre-assigned unbroken series
 * @param creditedNumber    the invoice a credit note corrects; null on an invoice
 * @param kid               the payment reference (see {@link Kid#forInvoice})
 * @param sellerBankAccount 11 digits
 * @param buyerReference    the buyer's own reference (EHF BuyerReference); may be null
 * @param lines             each line's period lies within the document's period, as EHF requires
 *                          (PEPPOL-EN16931-R110/R111)
 */
public record InvoiceDocument(DocumentType type, long number, Long creditedNumber, LocalDate issueDate,
                              LocalDate dueDate, LocalDate periodStart, LocalDate periodEnd,
                              String customerNumber, String kid, String sellerBankAccount, Party seller,
                              Party buyer, String buyerReference, List<InvoiceLine> lines) {

    private static final Pattern BANK_ACCOUNT = Pattern.compile("\\d{11}");

    public InvoiceDocument {
        Objects.requireNonNull(type, "type");
        if (number < 1) {
            throw new IllegalArgumentException("number must be positive: " + number);
        }
        if ((type == DocumentType.CREDIT_NOTE) != (creditedNumber != null)) {
            throw new IllegalArgumentException("a credit note, and only a credit note, names the invoice it credits");
        }
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("due date " + dueDate + " is before the issue date " + issueDate);
        }
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("period ends before it starts: " + periodStart + "–" + periodEnd);
        }
        Required.text(customerNumber, "customerNumber");
        if (!Kid.isValid(kid)) {
            throw new IllegalArgumentException("not a valid KID: " + kid);
        }
        if (sellerBankAccount == null || !BANK_ACCOUNT.matcher(sellerBankAccount).matches()) {
            throw new IllegalArgumentException("bank account must be 11 digits: " + sellerBankAccount);
        }
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        if (buyerReference != null && buyerReference.isBlank()) {
            buyerReference = null;
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice has at least one line");
        }
        for (InvoiceLine line : lines) {
            if (line.periodStart().isBefore(periodStart) || line.periodEnd().isAfter(periodEnd)) {
                throw new IllegalArgumentException("line period " + line.periodStart() + "–" + line.periodEnd()
                        + " lies outside the invoice period " + periodStart + "–" + periodEnd + ": " + line.description());
            }
        }
    }

    public InvoiceTotals totals() {
        return InvoiceTotals.of(lines);
    }
}

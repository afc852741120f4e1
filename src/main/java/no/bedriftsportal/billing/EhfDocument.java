package no.bedriftsportal.billing;

import java.math.BigDecimal;

import no.bedriftsportal.billing.InvoiceTotals.VatSubtotal;

/**
 * Writes an invoice or credit note as EHF: PEPPOL BIS Billing 3.0 in UBL 2.1 (SPEC.md F3;
 * DOMAIN-RULES.md "EHF / PEPPOL BIS Billing 3.0"). Rule ids in the comments are those of the
 * EN 16931 and PEPPOL schematrons the tests validate against.
 */
public final class EhfDocument {

    static final String CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    /** ICD 0192: the Norwegian organisation number (Enhetsregisteret). */
    static final String ORG_NUMBER_SCHEME = "0192";
    static final String CREDIT_TRANSFER = "30";

    private static final String INVOICE_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String CREDIT_NOTE_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    private final InvoiceDocument document;
    private final boolean creditNote;
    private final UblXml xml;

    private EhfDocument(InvoiceDocument document) {
        this.document = document;
        this.creditNote = document.type() == DocumentType.CREDIT_NOTE;
        this.xml = creditNote ? new UblXml("CreditNote", CREDIT_NOTE_NAMESPACE) : new UblXml("Invoice", INVOICE_NAMESPACE);
    }

    /** The document as UTF-8 XML. */
    public static byte[] write(InvoiceDocument document) {
        return new EhfDocument(document).write();
    }

    private byte[] write() {
        header();
        supplier(document.seller());
        customer(document.buyer());
        payment();
        InvoiceTotals totals = document.totals();
        taxTotal(totals);
        monetaryTotal(totals);
        int id = 1;
        for (InvoiceLine line : document.lines()) {
            line(id++, line);
        }
        return xml.finish();
    }

    private void header() {
        xml.value("cbc:CustomizationID", CUSTOMIZATION_ID)
                .value("cbc:ProfileID", PROFILE_ID)
                .value("cbc:ID", String.valueOf(document.number()))
                .date("cbc:IssueDate", document.issueDate());
        if (creditNote) {
            xml.value("cbc:CreditNoteTypeCode", "381");
        } else {
            xml.date("cbc:DueDate", document.dueDate())
                    .value("cbc:InvoiceTypeCode", "380");
        }
        // PEPPOL-EN16931-R003 wants a buyer or order reference; without the buyer's own, our customer number
        xml.value("cbc:DocumentCurrencyCode", UblXml.CURRENCY)
                .value("cbc:BuyerReference", document.buyerReference() != null ? document.buyerReference() : document.customerNumber());
        xml.start("cac:InvoicePeriod")
                .date("cbc:StartDate", document.periodStart())
                .date("cbc:EndDate", document.periodEnd())
                .end();
        if (creditNote) {
            xml.start("cac:BillingReference").start("cac:InvoiceDocumentReference")
                    .value("cbc:ID", String.valueOf(document.creditedNumber()))
                    .end().end();
        }
    }

    /** Seller VAT id NO + org. number + MVA (NO-R-001) and "Foretaksregisteret" under scheme TAX (NO-R-002). */
    private void supplier(Party seller) {
        xml.start("cac:AccountingSupplierParty").start("cac:Party");
        endpointAndAddress(seller);
        xml.start("cac:PartyTaxScheme")
                .value("cbc:CompanyID", "NO" + seller.orgNumber() + "MVA")
                .start("cac:TaxScheme").value("cbc:ID", "VAT").end()
                .end();
        xml.start("cac:PartyTaxScheme")
                .value("cbc:CompanyID", "Foretaksregisteret")
                .start("cac:TaxScheme").value("cbc:ID", "TAX").end()
                .end();
        legalEntity(seller);
        if (seller.email() != null) {
            xml.start("cac:Contact").value("cbc:ElectronicMail", seller.email()).end();
        }
        xml.end().end();
    }

    private void customer(Party buyer) {
        xml.start("cac:AccountingCustomerParty").start("cac:Party");
        endpointAndAddress(buyer);
        legalEntity(buyer);
        xml.end().end();
    }

    private void endpointAndAddress(Party party) {
        xml.value("cbc:EndpointID", party.orgNumber(), "schemeID", ORG_NUMBER_SCHEME)
                .start("cac:PartyName").value("cbc:Name", party.name()).end()
                .start("cac:PostalAddress")
                .value("cbc:StreetName", party.addressLine())
                .value("cbc:CityName", party.city())
                .value("cbc:PostalZone", party.postalCode())
                .start("cac:Country").value("cbc:IdentificationCode", party.countryCode()).end()
                .end();
    }

    private void legalEntity(Party party) {
        xml.start("cac:PartyLegalEntity")
                .value("cbc:RegistrationName", party.name())
                .value("cbc:CompanyID", party.orgNumber(), "schemeID", ORG_NUMBER_SCHEME)
                .end();
    }

    /**
     * An invoice is paid by credit transfer with the KID (means 30, BR-61); it has a due date, so
     * no payment terms are needed (BR-CO-25). A credit note is not paid to us: no payment means,
     * and its terms say what it credits.
     */
    private void payment() {
        if (creditNote) {
            xml.start("cac:PaymentTerms")
                    .value("cbc:Note", "Kreditnota til faktura " + document.creditedNumber())
                    .end();
            return;
        }
        xml.start("cac:PaymentMeans")
                .value("cbc:PaymentMeansCode", CREDIT_TRANSFER)
                .value("cbc:PaymentID", document.kid())
                .start("cac:PayeeFinancialAccount").value("cbc:ID", document.sellerBankAccount()).end()
                .end();
    }

    /** One tax total, with a subtotal per VAT category (BR-CO-14, PEPPOL-EN16931-R053). */
    private void taxTotal(InvoiceTotals totals) {
        xml.start("cac:TaxTotal").amount("cbc:TaxAmount", totals.vat());
        for (VatSubtotal subtotal : totals.vatSubtotals()) {
            xml.start("cac:TaxSubtotal")
                    .amount("cbc:TaxableAmount", subtotal.taxableAmount())
                    .amount("cbc:TaxAmount", subtotal.vat());
            VatCategory category = VatCategory.of(subtotal.vatRate());
            xml.start("cac:TaxCategory")
                    .value("cbc:ID", category.code())
                    .value("cbc:Percent", String.valueOf(category.rate()));
            if (category.exemptionReason() != null) {
                xml.value("cbc:TaxExemptionReason", category.exemptionReason());
            }
            xml.start("cac:TaxScheme").value("cbc:ID", "VAT").end()
                    .end()
                    .end();
        }
        xml.end();
    }

    /** No allowances, charges or prepayments: line sum = tax exclusive; + VAT = inclusive = payable (BR-CO-10..16). */
    private void monetaryTotal(InvoiceTotals totals) {
        xml.start("cac:LegalMonetaryTotal")
                .amount("cbc:LineExtensionAmount", totals.amountExclVat())
                .amount("cbc:TaxExclusiveAmount", totals.amountExclVat())
                .amount("cbc:TaxInclusiveAmount", totals.amountInclVat())
                .amount("cbc:PayableAmount", totals.amountInclVat())
                .end();
    }

    /**
     * The price is stated per the line's whole quantity (base quantity = the quantity without its
     * sign), so quantity × price / base quantity is the line amount exactly (PEPPOL-EN16931-R120)
     * even for usage rated per second or byte. Neither price (BR-27) nor base quantity
     * (PEPPOL-EN16931-R121) may be negative: a credit line, or any line with a negative amount, has
     * a negative quantity.
     */
    private void line(int id, InvoiceLine line) {
        String unitCode = UnitCodes.unEceCode(line.unit()).orElseThrow();
        BigDecimal amount = line.amountExclVat();
        BigDecimal baseQuantity = line.quantity().abs();
        BigDecimal quantity = amount.signum() < 0 || line.isCredit() ? baseQuantity.negate() : baseQuantity;
        VatCategory category = VatCategory.of(line.vatRate());

        xml.start(creditNote ? "cac:CreditNoteLine" : "cac:InvoiceLine")
                .value("cbc:ID", String.valueOf(id));
        if (!line.isCompanyLevel()) {
            xml.value("cbc:Note", "Abonnement " + line.msisdn() + (line.userName() == null ? "" : " " + line.userName()));
        }
        xml.value(creditNote ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity", quantity.toPlainString(), "unitCode", unitCode)
                .amount("cbc:LineExtensionAmount", amount)
                .start("cac:InvoicePeriod")
                .date("cbc:StartDate", line.periodStart())
                .date("cbc:EndDate", line.periodEnd())
                .end()
                .start("cac:Item")
                .value("cbc:Name", line.description())
                .start("cac:ClassifiedTaxCategory")
                .value("cbc:ID", category.code())
                .value("cbc:Percent", String.valueOf(category.rate()))
                .start("cac:TaxScheme").value("cbc:ID", "VAT").end()
                .end()
                .end()
                .start("cac:Price")
                .amount("cbc:PriceAmount", amount.abs())
                .value("cbc:BaseQuantity", baseQuantity.toPlainString(), "unitCode", unitCode)
                .end()
                .end();
    }
}

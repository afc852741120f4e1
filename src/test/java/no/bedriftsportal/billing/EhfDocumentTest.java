package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import com.helger.diver.api.coord.DVRCoordinate;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class EhfDocumentTest {

    @Test
    void an_invoice_with_25_and_0_percent_lines_passes_the_peppol_rules() {
        byte[] ehf = EhfDocument.write(InvoiceMother.invoice().withSubscriptions(3).build());

        assertValid(ehf, PeppolRules.INVOICE);
    }

    @Test
    void a_credit_note_passes_the_peppol_rules() {
        byte[] ehf = EhfDocument.write(InvoiceMother.creditNote().build());

        assertValid(ehf, PeppolRules.CREDIT_NOTE);
    }

    @Test
    void an_invoice_for_150_subscriptions_passes_the_peppol_rules() {
        byte[] ehf = EhfDocument.write(InvoiceMother.invoice().withSubscriptions(150).build());

        assertValid(ehf, PeppolRules.INVOICE);
    }

    @Test
    void an_invoice_with_a_correction_line_passes_the_peppol_rules() {
        InvoiceDocument invoice = InvoiceMother.invoice().withSubscriptions(1).withoutDonation().build();
        List<InvoiceLine> lines = new ArrayList<>(invoice.lines());
        lines.add(new InvoiceLine(InvoiceMother.msisdn(0), InvoiceMother.userName(0), "Korrigering, for mye fakturert i november",
                InvoiceMother.PERIOD_START, InvoiceMother.PERIOD_START, new BigDecimal("3"), "stk", new BigDecimal("-20.00"), 25, LineKind.OTHER));

        byte[] ehf = EhfDocument.write(withLines(invoice, lines));

        assertValid(ehf, PeppolRules.INVOICE);
    }

    @Test
    void an_invoice_with_fees_credited_for_an_earlier_month_passes_the_peppol_rules() throws Exception {
        InvoiceDocument invoice = withCredits(InvoiceMother.invoice().withSubscriptions(2).build(), DocumentType.INVOICE);

        byte[] ehf = EhfDocument.write(invoice);

        assertValid(ehf, PeppolRules.INVOICE);
        Ubl ubl = new Ubl(ehf);
        String credit = "/inv:Invoice/cac:InvoiceLine[starts-with(cac:Item/cbc:Name, 'Kreditering')]";
        assertThat(ubl.text(credit + "/cbc:InvoicedQuantity")).isEqualTo("-0.677");
        assertThat(ubl.text(credit + "/cbc:LineExtensionAmount")).isEqualTo("-189.00");
        assertThat(ubl.text(credit + "/cac:Price/cbc:PriceAmount")).isEqualTo("189.00");
        assertThat(ubl.text(credit + "/cac:Price/cbc:BaseQuantity")).isEqualTo("0.677");
        assertThat(ubl.text(credit + "/cac:InvoicePeriod/cbc:StartDate")).isEqualTo("2026-10-11");
        assertThat(ubl.text("/inv:Invoice/cac:InvoicePeriod/cbc:StartDate")).isEqualTo("2026-10-01");
    }

    @Test
    void a_credit_note_for_credits_larger_than_the_month_passes_the_peppol_rules() throws Exception {
        // what a run issues when a customer number's credits exceed what it is billed: the lines turned
        // round, so what is given back counts positive and a charge (here the usage) negative
        InvoiceDocument creditNote = withCredits(InvoiceMother.creditNote().build(), DocumentType.CREDIT_NOTE);

        byte[] ehf = EhfDocument.write(creditNote);

        assertValid(ehf, PeppolRules.CREDIT_NOTE);
        Ubl ubl = new Ubl(ehf);
        assertThat(ubl.text("/cn:CreditNote/cac:CreditNoteLine[cbc:LineExtensionAmount < 0]/cbc:CreditedQuantity")).isEqualTo("-2.083");
    }

    @Test
    void the_validation_catches_a_broken_document() {
        String valid = new String(EhfDocument.write(InvoiceMother.invoice().build()), StandardCharsets.UTF_8);
        String wrongTotal = valid.replaceFirst("<cbc:PayableAmount currencyID=\"NOK\">[0-9.]+<", "<cbc:PayableAmount currencyID=\"NOK\">1.00<");

        assertThat(PeppolRules.validate(wrongTotal.getBytes(StandardCharsets.UTF_8), PeppolRules.INVOICE).errors())
                .anySatisfy(error -> assertThat(error).contains("BR-CO-16"));
    }

    @Test
    void carries_the_norwegian_payment_and_party_details() throws Exception {
        // 3 subscriptions: 25 % 3 × 604.80 + 29.00 = 1843.40, VAT 460.85; 0 % 200.00 (subscription 0 only)
        InvoiceDocument invoice = InvoiceMother.invoice().withSubscriptions(3).build();
        Ubl ubl = new Ubl(EhfDocument.write(invoice));

        assertThat(ubl.text("/inv:Invoice/cbc:CustomizationID")).isEqualTo(EhfDocument.CUSTOMIZATION_ID);
        assertThat(ubl.text("/inv:Invoice/cbc:ProfileID")).isEqualTo(EhfDocument.PROFILE_ID);
        assertThat(ubl.text("/inv:Invoice/cbc:InvoiceTypeCode")).isEqualTo("380");
        assertThat(ubl.text("/inv:Invoice/cbc:DueDate")).isEqualTo("2027-01-15");
        assertThat(ubl.text("/inv:Invoice/cbc:BuyerReference")).isEqualTo("Avdeling Ålgård");
        assertThat(ubl.text("/inv:Invoice/cac:AccountingSupplierParty/cac:Party/cbc:EndpointID[@schemeID='0192']")).isEqualTo("923609016");
        assertThat(ubl.text("/inv:Invoice/cac:AccountingCustomerParty/cac:Party/cbc:EndpointID[@schemeID='0192']")).isEqualTo("998877660");
        assertThat(ubl.text("/inv:Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID")).isEqualTo("NO923609016MVA");
        assertThat(ubl.text("/inv:Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='TAX']/cbc:CompanyID")).isEqualTo("Foretaksregisteret");
        assertThat(ubl.text("/inv:Invoice/cac:PaymentMeans/cbc:PaymentMeansCode")).isEqualTo("30");
        assertThat(ubl.text("/inv:Invoice/cac:PaymentMeans/cbc:PaymentID")).isEqualTo(invoice.kid());
        assertThat(ubl.text("/inv:Invoice/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID")).isEqualTo("12345678903");
        assertThat(ubl.text("/inv:Invoice/cac:TaxTotal/cbc:TaxAmount")).isEqualTo("460.85");
        assertThat(ubl.text("/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal[cac:TaxCategory/cbc:ID='S']/cbc:TaxableAmount")).isEqualTo("1843.40");
        assertThat(ubl.text("/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal[cac:TaxCategory/cbc:ID='E']/cbc:TaxableAmount")).isEqualTo("200.00");
        assertThat(ubl.text("/inv:Invoice/cac:TaxTotal/cac:TaxSubtotal[cac:TaxCategory/cbc:ID='E']/cbc:TaxAmount")).isEqualTo("0.00");
        assertThat(ubl.text("/inv:Invoice/cac:LegalMonetaryTotal/cbc:LineExtensionAmount")).isEqualTo("2043.40");
        assertThat(ubl.text("/inv:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount")).isEqualTo("2504.25");
        assertThat(ubl.text("count(/inv:Invoice/cac:InvoiceLine)")).isEqualTo(String.valueOf(invoice.lines().size()));
        assertThat(ubl.text("/inv:Invoice/cac:InvoiceLine[cac:Item/cbc:Name='Samtaler fra utlandet (sone 1)'][1]/cbc:InvoicedQuantity/@unitCode")).isEqualTo("MIN");
        assertThat(ubl.text("/inv:Invoice/cac:InvoiceLine[cac:Item/cbc:Name='Data utenfor pakken'][1]/cbc:InvoicedQuantity/@unitCode")).isEqualTo("4L");
        assertThat(ubl.text("/inv:Invoice/cac:InvoiceLine[cac:Item/cbc:Name='Bedrift Fri 5 GB'][1]/cbc:InvoicedQuantity/@unitCode")).isEqualTo("MON");
    }

    @Test
    void a_credit_note_refers_to_the_credited_invoice() throws Exception {
        Ubl ubl = new Ubl(EhfDocument.write(InvoiceMother.creditNote().build()));

        assertThat(ubl.text("/cn:CreditNote/cbc:CreditNoteTypeCode")).isEqualTo("381");
        assertThat(ubl.text("/cn:CreditNote/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID")).isEqualTo("2027001");
        assertThat(ubl.text("/cn:CreditNote/cac:CreditNoteLine/cbc:CreditedQuantity")).isEqualTo("1");
        assertThat(ubl.text("/cn:CreditNote/cac:LegalMonetaryTotal/cbc:PayableAmount")).isEqualTo("98.75");
        assertThat(ubl.text("count(/cn:CreditNote/cac:PaymentMeans)")).isEqualTo("0");
    }

    private static void assertValid(byte[] ehf, DVRCoordinate rules) {
        PeppolRules.Findings findings = PeppolRules.validate(ehf, rules);
        findings.warnings().forEach(warning -> System.out.println("PEPPOL warning (" + rules.getAsSingleID() + "): " + warning));
        assertThat(findings.errors()).as("PEPPOL errors against %s", rules.getAsSingleID()).isEmpty();
    }

    private static InvoiceDocument withLines(InvoiceDocument invoice, List<InvoiceLine> lines) {
        return new InvoiceDocument(invoice.type(), invoice.number(), invoice.creditedNumber(), invoice.issueDate(),
                invoice.dueDate(), invoice.periodStart(), invoice.periodEnd(), invoice.customerNumber(), invoice.kid(),
                invoice.sellerBankAccount(), invoice.seller(), invoice.buyer(), invoice.buyerReference(), lines);
    }

    /**
     * The document with a fee of October credited (11–31 of 31 days, 189.00) and a November fee
     * billed late; on a credit note the lines are turned round, and a call is charged (negative).
     */
    static InvoiceDocument withCredits(InvoiceDocument document, DocumentType type) {
        List<InvoiceLine> lines = new ArrayList<>(document.lines());
        String msisdn = InvoiceMother.msisdn(0);
        String user = InvoiceMother.userName(0);
        InvoiceLine credit = new InvoiceLine(msisdn, user, "Kreditering: Bedrift Fri 5 GB 11.10.2026–31.10.2026 (faktura 100042)",
                LocalDate.of(2026, 10, 11), LocalDate.of(2026, 10, 31), new BigDecimal("-0.677"), "mnd", new BigDecimal("-189.00"),
                25, LineKind.SUBSCRIPTION_FEE);
        InvoiceLine late = new InvoiceLine(msisdn, user, "Bedrift Basis (16 av 30 dager)", LocalDate.of(2026, 11, 15),
                LocalDate.of(2026, 11, 30), new BigDecimal("0.533"), "mnd", new BigDecimal("26.13"), 25, LineKind.SUBSCRIPTION_FEE);
        if (type == DocumentType.CREDIT_NOTE) {
            lines.add(credit.negated());
            lines.add(new InvoiceLine(msisdn, user, "Samtaler", LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2),
                    new BigDecimal("-2.083"), "min", new BigDecimal("-1.02"), 25, LineKind.USAGE));
        } else {
            lines.add(0, credit);
            lines.add(1, late);
        }
        return new InvoiceDocument(document.type(), document.number(), document.creditedNumber(), document.issueDate(),
                document.dueDate(), LocalDate.of(2026, 10, 1), document.periodEnd(), document.customerNumber(), document.kid(),
                document.sellerBankAccount(), document.seller(), document.buyer(), document.buyerReference(), lines);
    }

    /** XPath with the prefixes the BIS syntax tables use (cac, cbc; inv and cn for the roots). */
    private static final class Ubl {
        private static final Map<String, String> NAMESPACES = Map.of(
                "inv", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
                "cn", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
                "cac", UblXml.CAC,
                "cbc", UblXml.CBC);

        private final Document document;
        private final XPath xpath = XPathFactory.newInstance().newXPath();

        Ubl(byte[] xml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
                }

                @Override
                public String getPrefix(String namespaceUri) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Iterator<String> getPrefixes(String namespaceUri) {
                    throw new UnsupportedOperationException();
                }
            });
        }

        String text(String path) throws Exception {
            return xpath.evaluate(path, document);
        }
    }
}

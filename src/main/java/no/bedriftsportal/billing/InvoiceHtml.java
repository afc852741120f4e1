package no.bedriftsportal.billing;

import no.bedriftsportal.shared.NorwegianFormat;

import static no.bedriftsportal.shared.NorwegianFormat.bankAccount;
import static no.bedriftsportal.shared.NorwegianFormat.date;
import static no.bedriftsportal.shared.NorwegianFormat.decimal;
import static no.bedriftsportal.shared.NorwegianFormat.msisdn;
import static no.bedriftsportal.shared.NorwegianFormat.orgNumber;
import static no.bedriftsportal.shared.NorwegianFormat.period;
import static no.bedriftsportal.shared.NorwegianFormat.lineQuantity;

import java.util.List;

import no.bedriftsportal.billing.InvoiceTotals.VatSubtotal;

/**
 * The invoice as XHTML for {@link InvoicePdf}: first everything bokføringsforskriften § 5-1-1 asks
 * of a sales document, then the summary per subscription (SPEC.md F2). Labels are Norwegian, as
 * the document goes to Norwegian companies.
 */
final class InvoiceHtml {

    static final String FONT_FAMILY = InvoiceTypeface.FAMILY;

    private static final String CSS = """
            @page {
              size: A4;
              margin: 16mm 14mm 18mm 14mm;
              @bottom-right { content: "Side " counter(page) " av " counter(pages); font-family: 'Liberation Sans'; font-size: 7.5pt; color: #555; }
            }
            body { font-family: 'Liberation Sans'; font-size: 8.5pt; color: #111; }
            h1 { font-size: 20pt; margin: 0; text-align: right; }
            h2 { font-size: 11pt; margin: 14pt 0 4pt 0; }
            table { border-collapse: collapse; width: 100%; }
            td, th { vertical-align: top; padding: 1.5pt 3pt; }
            th { text-align: left; font-weight: bold; }
            .seller-name { font-size: 13pt; font-weight: bold; }
            .block { width: 50%; }
            .facts th { font-weight: normal; color: #444; width: 40%; }
            .facts td { font-weight: bold; }
            .totals { table-layout: fixed; }
            .totals .spacer { width: 45%; }
            .totals .label { width: 40%; }
            .totals .grand td { font-weight: bold; font-size: 11pt; border-top: 1pt solid #111; padding-top: 3pt; }
            .totals .grand .spacer { border-top: none; }
            .num { text-align: right; white-space: nowrap; }
            .spec { -fs-table-paginate: paginate; table-layout: fixed; }
            .spec thead th { border-bottom: 1pt solid #111; background: #eee; }
            .spec tr, .spec tbody { page-break-inside: avoid; }
            .spec .group td { font-weight: bold; padding-top: 6pt; border-bottom: 0.5pt solid #999; }
            .spec .subtotal td { font-weight: bold; border-top: 0.5pt solid #999; }
            .spec .credit td { background: #eef3f8; }
            .note { font-size: 7.5pt; color: #555; margin-top: 8pt; }
            """;

    private final InvoiceDocument document;
    private final InvoiceTotals totals;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private InvoiceHtml(InvoiceDocument document) {
        this.document = document;
        this.totals = document.totals();
    }

    static String of(InvoiceDocument document) {
        return new InvoiceHtml(document).page();
    }

    private String page() {
        html.append("<!DOCTYPE html>\n<html lang=\"nb\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(title() + " " + document.number()))
                .append("</title><style>").append(CSS).append(footer()).append("</style></head><body>");
        heading();
        partiesAndFacts();
        amounts();
        specification();
        html.append("</body></html>");
        return html.toString();
    }

    /** Every page names the document, so a loose page can be placed; a credit note has nothing to pay. */
    private String footer() {
        String reference = isCreditNote() ? "krediterer faktura " + document.creditedNumber() : "KID " + document.kid();
        return "@page { @bottom-left { content: \"" + title() + " " + document.number() + " · " + reference
                + "\"; font-family: '" + FONT_FAMILY + "'; font-size: 7.5pt; color: #555; } }";
    }

    private boolean isCreditNote() {
        return document.type() == DocumentType.CREDIT_NOTE;
    }

    private String title() {
        return isCreditNote() ? "Kreditnota" : "Faktura";
    }

    /** Seller with org. number + "MVA" and "Foretaksregisteret" (DOMAIN-RULES.md "Invoices"). */
    private void heading() {
        Party seller = document.seller();
        html.append("<table><tr><td class=\"block\"><div class=\"seller-name\">").append(escape(seller.name())).append("</div>")
                .append(address(seller))
                .append("Org.nr. ").append(orgNumber(seller.orgNumber())).append(" MVA<br/>Foretaksregisteret");
        if (seller.email() != null) {
            html.append("<br/>").append(escape(seller.email()));
        }
        html.append("</td><td class=\"block\"><h1>").append(title()).append(" ").append(document.number())
                .append("</h1></td></tr></table>");
    }

    private void partiesAndFacts() {
        Party buyer = document.buyer();
        html.append("<table style=\"margin-top: 14pt\"><tr><td class=\"block\"><b>").append(escape(buyer.name())).append("</b><br/>")
                .append(address(buyer))
                .append("Org.nr. ").append(orgNumber(buyer.orgNumber()))
                .append("</td><td class=\"block\"><table class=\"facts\">");
        fact(isCreditNote() ? "Kreditnotanummer" : "Fakturanummer", String.valueOf(document.number()));
        if (isCreditNote()) {
            fact("Krediterer faktura", String.valueOf(document.creditedNumber()));
        }
        fact(isCreditNote() ? "Dato" : "Fakturadato", date(document.issueDate()));
        if (!isCreditNote()) {
            fact("Forfallsdato", date(document.dueDate()));
        }
        fact("Periode", period(document.periodStart(), document.periodEnd()));
        fact("Kundenummer", document.customerNumber());
        if (document.buyerReference() != null) {
            fact("Deres referanse", document.buyerReference());
        }
        if (!isCreditNote()) {
            fact("KID", document.kid());
            fact("Kontonummer", bankAccount(document.sellerBankAccount()));
        }
        html.append("</table></td></tr></table>");
    }

    /** Amounts excluding VAT per rate, VAT per rate, and the total (bokføringsforskriften § 5-1-1). */
    private void amounts() {
        html.append("<h2>Sammendrag</h2><table class=\"totals\">");
        for (VatSubtotal subtotal : totals.vatSubtotals()) {
            amountRow(subtotal.vatRate() == 0 ? "Sum uten mva (0 %)" : "Sum med " + subtotal.vatRate() + " % mva, eks. mva",
                    decimal(subtotal.taxableAmount()));
        }
        amountRow("Sum eks. mva", decimal(totals.amountExclVat()));
        for (VatSubtotal subtotal : totals.vatSubtotals()) {
            if (subtotal.vatRate() > 0) {
                amountRow("Mva " + subtotal.vatRate() + " % av " + decimal(subtotal.taxableAmount()), decimal(subtotal.vat()));
            }
        }
        html.append("<tr class=\"grand\"><td class=\"spacer\"></td><td class=\"label\">").append(isCreditNote() ? "Til gode" : "Å betale")
                .append(" (NOK)</td><td class=\"num\">").append(decimal(totals.amountInclVat())).append("</td></tr></table>");
    }

    private void specification() {
        html.append("<h2>Spesifikasjon per abonnement</h2><table class=\"spec\"><thead><tr>")
                .append("<th style=\"width: 36%\">Beskrivelse</th><th style=\"width: 21%\">Periode</th>")
                .append("<th class=\"num\" style=\"width: 14%\">Antall</th><th class=\"num\" style=\"width: 7%\">Mva</th>")
                .append("<th class=\"num\" style=\"width: 11%\">Eks. mva</th><th class=\"num\" style=\"width: 11%\">Inkl. mva</th>")
                .append("</tr></thead>");
        for (SubscriptionSummary subscription : SubscriptionSummary.of(document.lines())) {
            String heading = msisdn(subscription.msisdn())
                    + (subscription.userName() == null ? "" : " " + subscription.userName());
            group(heading, "Sum " + msisdn(subscription.msisdn()), subscription.lines());
        }
        List<InvoiceLine> companyLines = document.lines().stream().filter(InvoiceLine::isCompanyLevel).toList();
        if (!companyLines.isEmpty()) {
            group("Firmanivå (ikke knyttet til et abonnement)", "Sum firmanivå", companyLines);
        }
        html.append("</table><p class=\"note\">Mva er beregnet av summen av linjene per sats. Beløp inkl. mva per linje ")
                .append("er avrundet hver for seg og kan avvike noen øre fra totalen.");
        if (document.lines().stream().anyMatch(InvoiceLine::isCredit)) {
            html.append(" Linjer merket «Kreditering» (skyggelagt) gir tilbake månedsavgift fakturert på en tidligere faktura, ")
                    .append("for dager abonnementet ikke lenger var aktivt eller hadde en annen prisplan: beløpet er negativt ")
                    .append("og trukket fra summen.");
        }
        html.append("</p>");
    }

    private void group(String heading, String sumLabel, List<InvoiceLine> lines) {
        html.append("<tbody><tr class=\"group\"><td colspan=\"6\">").append(escape(heading)).append("</td></tr>");
        for (InvoiceLine line : lines) {
            html.append(line.isCredit() ? "<tr class=\"credit\"><td>" : "<tr><td>").append(escape(line.description()))
                    .append("</td><td>").append(period(line.periodStart(), line.periodEnd()))
                    .append("</td><td class=\"num\">")
                    .append(escape(lineQuantity(line.quantity(), line.unit(), line.periodStart(), line.periodEnd(), false)))
                    .append("</td><td class=\"num\">").append(line.vatRate()).append(" %")
                    .append("</td><td class=\"num\">").append(decimal(line.amountExclVat()))
                    .append("</td><td class=\"num\">").append(decimal(LineAmounts.inclVat(line))).append("</td></tr>");
        }
        html.append("<tr class=\"subtotal\"><td colspan=\"4\">").append(escape(sumLabel))
                .append("</td><td class=\"num\">").append(decimal(LineAmounts.sumExclVat(lines)))
                .append("</td><td class=\"num\">").append(decimal(LineAmounts.sumInclVat(lines))).append("</td></tr></tbody>");
    }

    private void fact(String label, String value) {
        html.append("<tr><th>").append(label).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    private void amountRow(String label, String amount) {
        html.append("<tr><td class=\"spacer\"></td><td class=\"label\">").append(label).append("</td><td class=\"num\">").append(amount).append("</td></tr>");
    }

    private static String address(Party party) {
        return escape(party.addressLine()) + "<br/>" + escape(party.postalCode()) + " " + escape(party.city())
                + ("NO".equals(party.countryCode()) ? "" : "<br/>" + party.countryCode()) + "<br/>";
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

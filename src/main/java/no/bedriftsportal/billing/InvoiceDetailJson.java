package no.bedriftsportal.billing;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import no.bedriftsportal.shared.api.ApiMoney;

/**
 * One invoice in the company API: its fields as in the list, the buyer's reference, its lines
 * (each subscription's, then the company's, as the invoice page shows them), its totals per VAT
 * rate and the payments registered on it.
 */
record InvoiceDetailJson(@JsonUnwrapped InvoiceJson invoice, String buyerReference, List<Line> lines, List<VatTotal> vatTotals,
        List<Payment> payments) {

    static InvoiceDetailJson of(InvoiceDetail detail) {
        List<Line> lines = Stream.concat(detail.subscriptions().stream().flatMap(subscription -> subscription.lines().stream()),
                detail.companyLines().stream()).map(Line::of).toList();
        List<VatTotal> vat = detail.totals().vatSubtotals().stream().map(VatTotal::of).toList();
        List<Payment> payments = detail.payments().stream()
                .map(payment -> new Payment(payment.paidOn(), ApiMoney.of(payment.amount()), payment.source().toLowerCase(Locale.ROOT)))
                .toList();
        return new InvoiceDetailJson(InvoiceJson.of(detail.summary()), detail.buyerReference(), lines, vat, payments);
    }

    /**
     * A line: what was delivered, for which subscription (null on company-level lines) and period.
     *
     * @param unitPrice the amount divided by the quantity, to four decimals; {@code amountExclVat} is what counts
     */
    record Line(String description, String kind, String msisdn, String userName, LocalDate periodStart, LocalDate periodEnd,
            String quantity, String unit, String unitPrice, String amountExclVat, int vatRate) {

        static Line of(InvoiceLine line) {
            return new Line(line.description(), ApiBillingParameters.name(line.kind()), line.msisdn(), line.userName(),
                    line.periodStart(), line.periodEnd(), line.quantity().stripTrailingZeros().toPlainString(), line.unit(),
                    line.amountExclVat().divide(line.quantity(), 4, RoundingMode.HALF_UP).toPlainString(),
                    ApiMoney.of(line.amountExclVat()), line.vatRate());
        }
    }

    /** The amount and VAT at one rate, as the invoice sums them. */
    record VatTotal(int vatRate, String amountExclVat, String vat) {

        static VatTotal of(InvoiceTotals.VatSubtotal rate) {
            return new VatTotal(rate.vatRate(), ApiMoney.of(rate.taxableAmount()), ApiMoney.of(rate.vat()));
        }
    }

    /** A payment registered on the invoice: {@code source} is {@code ocr} (the bank's file) or {@code manual}. */
    record Payment(LocalDate paidOn, String amount, String source) {
    }
}

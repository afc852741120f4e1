package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import no.bedriftsportal.billing.InvoiceTotals.VatSubtotal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceTotalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # lines (amount@rate)                    | 25 % lines | VAT    | 0 % lines | excl. VAT | total   | worked
            10.01@25 10.01@25 10.01@25               | 30.03      | 7.51   |           | 30.03     | 37.54   | 30.03 × 0.25 = 7.5075 → 7.51
            0.02@25 0.02@25 0.02@25                  | 0.06       | 0.02   |           | 0.06      | 0.08    | 0.06 × 0.25 = 0.015 → 0.02 (per line 3 × 0.01 = 0.03)
            279.00@25 0.00@25 200.00@0               | 279.00     | 69.75  | 200.00    | 479.00    | 548.75  | donation outside VAT: 279.00 × 0.25 = 69.75; 479.00 + 69.75
            0.10@25                                  | 0.10       | 0.03   |           | 0.10      | 0.13    | 0.025 is a half: up → 0.03
            0.09@25                                  | 0.09       | 0.02   |           | 0.09      | 0.11    | 0.0225 → 0.02
            100.00@25 -20.00@25                      | 80.00      | 20.00  |           | 80.00     | 100.00  | a correction line reduces the base
            100.00@0                                 |            | 0.00   | 100.00    | 100.00    | 100.00  | only lines outside VAT
            199.00@25 79.00@25 153.42@25 93.38@25 29.00@25 | 553.80 | 138.45 |          | 553.80    | 692.25  | 553.80 × 0.25 = 138.45
            """)
    void vat_is_computed_on_the_sum_per_rate(String lines, String base25, String vat, String base0,
                                             String exclVat, String total, String worked) {
        InvoiceTotals totals = InvoiceTotals.of(lines(lines));

        assertThat(totals.vat()).as(worked).isEqualTo(new BigDecimal(vat));
        assertThat(totals.amountExclVat()).isEqualTo(new BigDecimal(exclVat));
        assertThat(totals.amountInclVat()).isEqualTo(new BigDecimal(total));
        assertThat(subtotal(totals, 25)).isEqualTo(base25 == null ? null : new BigDecimal(base25));
        assertThat(subtotal(totals, 0)).isEqualTo(base0 == null ? null : new BigDecimal(base0));
    }

    private static List<InvoiceLine> lines(String spec) {
        return Arrays.stream(spec.trim().split("\\s+"))
                .map(line -> line.split("@"))
                .map(parts -> InvoiceMother.line(parts[0], Integer.parseInt(parts[1])))
                .toList();
    }

    private static BigDecimal subtotal(InvoiceTotals totals, int rate) {
        return totals.vatSubtotals().stream()
                .filter(subtotal -> subtotal.vatRate() == rate)
                .map(VatSubtotal::taxableAmount)
                .findFirst().orElse(null);
    }
}

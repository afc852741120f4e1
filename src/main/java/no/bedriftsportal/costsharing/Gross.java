package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The gross amount of a rated piece or fee: {@code ex + round_half_up(ex × vat_rate, 2)}
 * (COST-SHARING.md, "Words"). Cost sharing works only in gross amounts, summed from rounded pieces.
 */
public final class Gross {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Gross() {
    }

    /** @param vatRate in percent: 25 or 0 */
    public static BigDecimal of(BigDecimal excludingVat, int vatRate) {
        BigDecimal vat = excludingVat.multiply(BigDecimal.valueOf(vatRate)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return excludingVat.setScale(2, RoundingMode.HALF_UP).add(vat);
    }
}

package no.bedriftsportal.shared.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in the company API: a JSON string with two decimals and a point, {@code "1234.50"}, never a float. */
public final class ApiMoney {

    private ApiMoney() {
    }

    /** The amount with two decimals (half up, as invoices round), or {@code null} for none. */
    public static String of(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}

package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.billing.MonthlyCharge;
import no.bedriftsportal.shared.SqlArrays;

/**
 * The one definition of a user's "Totalkostnad" in a month, used by D6/D7's list (shown, sorted and
 * filtered on), D6's panel and the users Excel file: the usage cost ("Brukskostnad", from the
 * per-subscription monthly rollup) plus the monthly fee and the extra packages the company pays,
 * as billing bills them ({@link no.bedriftsportal.billing.MonthlyCharges}). Billing's figures go
 * into the query as the table {@code charges(subscription_id, fee, extra_packages)}.
 */
final class TotalCost {

    /** The common table expression of billing's figures; bind its parameters with {@link #bind}. */
    static final String CHARGES = """
            charges as (select * from unnest(cast(:chargeIds as bigint[]), cast(:chargeFees as numeric[]),
                                             cast(:chargeExtras as numeric[])) as c(subscription_id, fee, extra_packages))""";

    private TotalCost() {
    }

    /** The total, from a row of {@code usage_subscription_monthly} under {@code usage} and one of {@code charges} under {@code charges}. */
    static String sql(String usage, String charges) {
        return "(coalesce(" + usage + ".amount, 0) + coalesce(" + charges + ".fee, 0) + coalesce(" + charges + ".extra_packages, 0))";
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Map<Long, MonthlyCharge> charges) {
        List<Long> ids = new ArrayList<>(charges.size());
        List<BigDecimal> fees = new ArrayList<>(charges.size());
        List<BigDecimal> extras = new ArrayList<>(charges.size());
        charges.forEach((id, charge) -> {
            ids.add(id);
            fees.add(charge.fee());
            extras.add(charge.extraPackages());
        });
        return statement.param("chargeIds", SqlArrays.bigints(ids)).param("chargeFees", SqlArrays.numerics(fees))
                .param("chargeExtras", SqlArrays.numerics(extras));
    }
}

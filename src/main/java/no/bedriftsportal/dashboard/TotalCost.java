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
 * as billing bills them ({@link no.bedriftsportal.billing.MonthlyCharges}). What is shown is
 * {@link #of}; only a list sorted or filtered by it needs the same sum in SQL ({@link #sql}), with
 * billing's figures for every user as the table {@code charges(subscription_id, fee, extra_packages)}
 * (any other list leaves that table empty, and billing works out the page's users only).
 */
final class TotalCost {

    /** The common table expression of billing's figures; bind its parameters with {@link #bind}. */
    static final String CHARGES = """
            charges as (select * from unnest(cast(:chargeIds as bigint[]), cast(:chargeFees as numeric[]),
                                             cast(:chargeExtras as numeric[])) as c(subscription_id, fee, extra_packages))""";

    private TotalCost() {
    }

    /** A user's usage with the month's fee and extra packages, and their sum; a user billing has nothing for pays none. */
    static UserCost of(UserCost usage, MonthlyCharge charge) {
        MonthlyCharge billed = charge == null ? MonthlyCharge.NONE : charge;
        return new UserCost(usage.subscriptionId(), usage.msisdn(), usage.name(), usage.department(), usage.planCode(),
                usage.voiceSeconds(), usage.messages(), usage.bytes(), usage.amount(), usage.customerNumber(), billed.fee(),
                billed.extraPackages(), usage.amount().add(billed.fee()).add(billed.extraPackages()));
    }

    /** The same total in SQL, from a row of {@code usage_subscription_monthly} under {@code usage} and one of {@code charges} under {@code charges}. */
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

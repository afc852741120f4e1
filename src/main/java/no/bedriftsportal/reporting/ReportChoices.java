package no.bedriftsportal.reporting;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;

/** What a report's filter offers the user to choose from: their granted customer numbers. */
@Component
public class ReportChoices {

    private final JdbcClient jdbc;

    ReportChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A customer number the user may filter on. */
    public record Account(long id, String number, String name) {
    }

    List<Account> accounts(AccessScope scope) {
        return jdbc.sql("""
                select customer_account_id, number, name from customer_account
                where company_id = :company and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))
                order by number""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .query((rs, row) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}

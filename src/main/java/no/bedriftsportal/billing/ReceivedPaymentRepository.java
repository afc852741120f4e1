package no.bedriftsportal.billing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.AccessScope;

/** The payments on the invoices of a scope, newest first, a keyset page at a time. */
@Repository
class ReceivedPaymentRepository {

    private final JdbcClient jdbc;

    ReceivedPaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReceivedPayment> after(AccessScope scope, Long customerAccountId, LocalDate from, LocalDate to, ReceivedPayment.Key after,
            int limit) {
        return jdbc.sql("""
                select p.payment_id, p.paid_on, p.amount, p.source, p.registered_at, i.invoice_id, i.number, i.kid,
                       a.number as customer_number
                from payment p
                join invoice i on i.company_id = p.company_id and i.invoice_id = p.invoice_id
                join customer_account a on a.company_id = i.company_id and a.customer_account_id = i.customer_account_id
                where p.company_id = :company
                  and (cast(:accounts as bigint[]) is null or i.customer_account_id = any(:accounts))
                  and (cast(:account as bigint) is null or i.customer_account_id = :account)
                  and (cast(:from as date) is null or p.paid_on >= :from)
                  and (cast(:to as date) is null or p.paid_on <= :to)
                  and (cast(:afterDate as date) is null
                       or (p.paid_on, p.payment_id) < (cast(:afterDate as date), cast(:afterId as bigint)))
                order by p.paid_on desc, p.payment_id desc
                limit :limit""")
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("account", customerAccountId).param("from", from).param("to", to)
                .param("afterDate", after == null ? null : after.paidOn()).param("afterId", after == null ? null : after.id())
                .param("limit", limit)
                .query((rs, n) -> new ReceivedPayment(rs.getLong("payment_id"), rs.getObject("paid_on", LocalDate.class),
                        rs.getBigDecimal("amount"), rs.getString("kid"), rs.getLong("invoice_id"), rs.getLong("number"),
                        rs.getString("customer_number"), rs.getString("source"),
                        rs.getObject("registered_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}

package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.SqlArrays;
import no.bedriftsportal.shared.database.CopyWriter;

/**
 * The fee_ledger table: which days of which month each invoice line billed or credited, under which
 * plan, for how much. Appended by the invoice run in the transaction of the lines it describes;
 * never changed, so folding a subscription's entries in order gives what stands billed.
 */
@Repository
class FeeLedger {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    FeeLedger(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** The entries of these subscriptions of a company, by subscription, each list in the order written. */
    Map<Long, List<Entry>> entries(long companyId, Collection<Long> subscriptionIds) {
        Map<Long, List<Entry>> bySubscription = new HashMap<>();
        jdbc.sql("""
                select f.subscription_id, f.month, f.plan_code, f.first_day, f.last_day, f.change, f.amount, i.number
                from fee_ledger f
                join invoice i on i.company_id = f.company_id and i.invoice_id = f.invoice_id
                where f.company_id = :company and f.subscription_id = any(:ids)
                order by f.subscription_id, f.fee_ledger_id""")
                .param("company", companyId).param("ids", SqlArrays.bigints(subscriptionIds))
                .query(rs -> {
                    bySubscription.computeIfAbsent(rs.getLong("subscription_id"), id -> new ArrayList<>()).add(new Entry(
                            YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getString("plan_code"),
                            rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                            "CREDITED".equals(rs.getString("change")), rs.getBigDecimal("amount"), rs.getLong("number")));
                });
        return bySubscription;
    }

    /** The entries of one subscription, in the order written. */
    List<Entry> entries(long companyId, long subscriptionId) {
        return entries(companyId, List.of(subscriptionId)).getOrDefault(subscriptionId, List.of());
    }

    /** Records what the fee lines of a new invoice or credit note billed and credited, with one COPY. */
    void append(long companyId, long invoiceId, List<Written> written) {
        if (written.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CopyWriter copy = CopyWriter.open(connection, """
                copy fee_ledger (company_id, subscription_id, month, plan_code, first_day, last_day, change, amount, invoice_id,
                                 line_number) from stdin""")) {
            for (Written entry : written) {
                FeeCharge fee = entry.fee();
                copy.number(companyId).number(fee.subscriptionId()).date(fee.month().atDay(1)).text(fee.planCode())
                        .date(fee.firstDay()).date(fee.lastDay()).text(fee.credit() ? "CREDITED" : "BILLED")
                        .decimal(fee.amount()).number(invoiceId).number(entry.lineNumber()).endRow();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the fee ledger of invoice " + invoiceId, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The first month any run invoiced: days before it were another system's books and are never billed here. */
    Optional<YearMonth> firstInvoicedMonth() {
        return jdbc.sql("select month from invoice_run order by month limit 1").query(LocalDate.class).optional()
                .map(YearMonth::from);
    }

    /** The latest month invoiced. */
    Optional<YearMonth> latestInvoicedMonth() {
        return jdbc.sql("select month from invoice_run order by month desc limit 1").query(LocalDate.class).optional()
                .map(YearMonth::from);
    }

    /**
     * One entry: the days {@code firstDay..lastDay} of {@code month} under a plan, billed or
     * credited by a line of invoice {@code invoiceNumber} for {@code amount} (negative when credited).
     */
    record Entry(YearMonth month, String planCode, LocalDate firstDay, LocalDate lastDay, boolean credit, BigDecimal amount,
            long invoiceNumber) {
    }

    /** A fee charge as written on line {@code lineNumber} of an invoice. */
    record Written(FeeCharge fee, int lineNumber) {
    }
}

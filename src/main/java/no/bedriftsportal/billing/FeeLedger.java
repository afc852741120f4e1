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
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.SqlArrays;
import no.bedriftsportal.shared.database.CopyWriter;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.TermChange;

/**
 * The fee_ledger table: which days of which month each invoice line billed or credited, under which
 * plan, for how much. Appended by the invoice run in the transaction of the lines it describes;
 * never changed, so folding a subscription's entries in order gives what stands billed. And
 * fee_settled: each subscription as the latest run found it, so the next can tell it unchanged.
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

    /** Records what the fee lines of new invoices and credit notes billed and credited, with one COPY. */
    void append(List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CopyWriter copy = CopyWriter.open(connection, """
                copy fee_ledger (company_id, subscription_id, month, plan_code, first_day, last_day, change, amount, invoice_id,
                                 line_number) from stdin""")) {
            for (Line line : lines) {
                FeeCharge fee = line.written().fee();
                copy.number(line.companyId()).number(fee.subscriptionId()).date(fee.month().atDay(1)).text(fee.planCode())
                        .date(fee.firstDay()).date(fee.lastDay()).text(fee.credit() ? "CREDITED" : "BILLED")
                        .decimal(fee.amount()).number(line.invoiceId()).number(line.written().lineNumber()).endRow();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the fee ledger", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The subscriptions' settled states, by subscription id (absent: never settled). */
    Map<Long, Settled> settled(long companyId, Collection<Long> subscriptionIds) {
        Map<Long, Settled> bySubscription = new HashMap<>();
        jdbc.sql("""
                select subscription_id, through_month, active_from, terminated_on, plans from fee_settled
                where company_id = :company and subscription_id = any(:ids)""")
                .param("company", companyId).param("ids", SqlArrays.bigints(subscriptionIds))
                .query(rs -> {
                    bySubscription.put(rs.getLong("subscription_id"), new Settled(rs.getLong("subscription_id"),
                            YearMonth.from(rs.getObject("through_month", LocalDate.class)), rs.getObject("active_from", LocalDate.class),
                            rs.getObject("terminated_on", LocalDate.class), rs.getString("plans")));
                });
        return bySubscription;
    }

    /** Records these subscriptions as settled, replacing what was recorded before. */
    void settle(long companyId, List<Settled> settled) {
        if (settled.isEmpty()) {
            return;
        }
        jdbc.sql("delete from fee_settled where company_id = :company and subscription_id = any(:ids)")
                .param("company", companyId).param("ids", SqlArrays.bigints(settled.stream().map(Settled::subscriptionId).toList()))
                .update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CopyWriter copy = CopyWriter.open(connection, """
                copy fee_settled (company_id, subscription_id, through_month, active_from, terminated_on, plans) from stdin""")) {
            for (Settled state : settled) {
                copy.number(companyId).number(state.subscriptionId()).date(state.through().atDay(1)).date(state.activeFrom())
                        .date(state.terminatedOn()).text(state.plans()).endRow();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the settled fees of company " + companyId, e);
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

    /**
     * A subscription as a run found it when it brought its fees in line through {@code through}: its
     * dates and its plan changes ({@code plans}, as {@code 2025-03-01 FRI_5;2026-10-21 FRI_20}).
     */
    record Settled(long subscriptionId, YearMonth through, LocalDate activeFrom, LocalDate terminatedOn, String plans) {

        static Settled of(Subscription subscription, List<TermChange> history, YearMonth through) {
            return new Settled(subscription.id(), through, subscription.activeFrom(), subscription.terminatedOn(),
                    history.stream().filter(change -> change.kind() == TermChange.Kind.PLAN)
                            .map(change -> change.effectiveFrom() + " " + change.planCode()).collect(Collectors.joining(";")));
        }
    }

    /** A fee charge as written on line {@code lineNumber} of an invoice. */
    record Written(FeeCharge fee, int lineNumber) {
    }

    /** A fee line of an issued invoice or credit note. */
    record Line(long companyId, long invoiceId, Written written) {
    }
}

package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.SqlArrays;

/**
 * Writes and reads the stored monthly results (costsharing_result, its lines and their events).
 * Results, lines and events are each written with one statement over arrays ({@code unnest}), which
 * works on the portal's connections too (row-level security refuses COPY there). Nothing but this
 * class writes the events, and it writes and removes them with their lines (ADR 0016).
 */
@Repository
class ResultStore {

    enum Status {
        PRELIMINARY, FINAL
    }

    /** A computed result to store. */
    record Computed(long employeeId, LocalDate agreementSignedOn, EmployeeMonthResult result) {
    }

    /** Sums of a result's lines by treatment. */
    record Sums(BigDecimal deduction, BigDecimal benefit, BigDecimal notDeducted) {

        static final Sums ZERO = new Sums(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

        Sums plus(ResultLine.Treatment treatment, BigDecimal amount) {
            return switch (treatment) {
                case DEDUCTION -> new Sums(deduction.add(amount), benefit, notDeducted);
                case BENEFIT -> new Sums(deduction, benefit.add(amount), notDeducted);
                case NOT_DEDUCTED -> new Sums(deduction, benefit, notDeducted.add(amount));
                case INFO -> this;
            };
        }

        Sums minus(Sums other) {
            return new Sums(deduction.subtract(other.deduction), benefit.subtract(other.benefit),
                    notDeducted.subtract(other.notDeducted));
        }
    }

    private final JdbcClient jdbc;

    ResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each employee's result status of M. */
    Map<Long, Status> statuses(long companyId, YearMonth month) {
        Map<Long, Status> statuses = new HashMap<>();
        jdbc.sql("select employee_id, status from costsharing_result where company_id = :companyId and month = :month")
                .param("companyId", companyId).param("month", month.atDay(1))
                .query(rs -> {
                    statuses.put(rs.getLong("employee_id"), Status.valueOf(rs.getString("status")));
                });
        return statuses;
    }

    /** The months of the company that have final results, in order. */
    TreeSet<YearMonth> finalMonths(long companyId) {
        return new TreeSet<>(jdbc.sql("select distinct month from costsharing_result where company_id = :companyId "
                + "and status = 'FINAL'").param("companyId", companyId).query(LocalDate.class).list().stream()
                .map(YearMonth::from).toList());
    }

    /** The months of the company that have results at all. */
    TreeSet<YearMonth> months(long companyId) {
        return new TreeSet<>(jdbc.sql("select distinct month from costsharing_result where company_id = :companyId")
                .param("companyId", companyId).query(LocalDate.class).list().stream().map(YearMonth::from).toList());
    }

    /**
     * Replaces the preliminary results of M (of these employees, or all when null) with the computed
     * ones; a final result is never touched (the caller leaves final employees out). A result that
     * comes out as stored (the same digest) stays, with its new time; the others' rows are deleted
     * and written again, and a preliminary result no longer computed is deleted.
     *
     * @return how many results were written (changed or new)
     */
    int replacePreliminary(long companyId, YearMonth month, Collection<Long> employees, List<Computed> computed,
            Instant computedAt) {
        Map<Long, String> stored = preliminaryDigests(companyId, month, employees);
        List<Computed> changed = new ArrayList<>();
        Map<Long, String> digests = new HashMap<>();
        List<Long> unchanged = new ArrayList<>();
        for (Computed one : computed) {
            String digest = ResultDigest.of(one.agreementSignedOn(), one.result());
            digests.put(one.employeeId(), digest);
            if (digest.equals(stored.get(one.employeeId()))) {
                unchanged.add(one.employeeId());
            } else {
                changed.add(one);
            }
        }
        Set<Long> removed = new HashSet<>(stored.keySet());
        unchanged.forEach(removed::remove);
        if (!removed.isEmpty()) {
            // events first (no key ties them to their line, V27), then lines, each in one statement
            Object ids = SqlArrays.bigints(removed);
            for (String table : List.of("costsharing_result_event", "costsharing_result_line", "costsharing_result")) {
                jdbc.sql("delete from " + table + " where company_id = :companyId and month = :month and employee_id = any(:ids)")
                        .param("companyId", companyId).param("month", month.atDay(1)).param("ids", ids).update();
            }
        }
        if (!unchanged.isEmpty()) {
            jdbc.sql("""
                    update costsharing_result set computed_at = :at
                    where company_id = :companyId and month = :month and employee_id = any(:ids)""")
                    .param("at", Timestamp.from(computedAt)).param("companyId", companyId).param("month", month.atDay(1))
                    .param("ids", SqlArrays.bigints(unchanged)).update();
        }
        insertPreliminary(companyId, month, changed, digests, computedAt);
        return changed.size();
    }

    /** The digests of M's preliminary results (of these employees, or all when null). */
    private Map<Long, String> preliminaryDigests(long companyId, YearMonth month, Collection<Long> employees) {
        Map<Long, String> digests = new HashMap<>();
        jdbc.sql("""
                select employee_id, digest from costsharing_result
                where company_id = :companyId and month = :month and status = 'PRELIMINARY'
                  and (cast(:employees as bigint[]) is null or employee_id = any(:employees))""")
                .param("companyId", companyId).param("month", month.atDay(1))
                .param("employees", employees == null ? null : SqlArrays.bigints(employees))
                .query(rs -> {
                    digests.put(rs.getLong("employee_id"), rs.getString("digest"));
                });
        return digests;
    }

    /** Makes every result of M final. */
    void markFinal(long companyId, YearMonth month) {
        jdbc.sql("update costsharing_result set status = 'FINAL' where company_id = :companyId and month = :month")
                .param("companyId", companyId).param("month", month.atDay(1)).update();
    }

    /** Writes preliminary results with their digests, each table with one statement. */
    private void insertPreliminary(long companyId, YearMonth month, List<Computed> computed, Map<Long, String> digests,
            Instant computedAt) {
        if (computed.isEmpty()) {
            return;
        }
        List<Object> employees = new ArrayList<>();
        List<Object> signed = new ArrayList<>();
        List<Object> deductions = new ArrayList<>();
        List<Object> benefits = new ArrayList<>();
        List<Object> notDeducted = new ArrayList<>();
        List<Object> digestsInOrder = new ArrayList<>();
        Lines lines = new Lines();
        Events events = new Events();
        for (Computed one : computed) {
            employees.add(one.employeeId());
            signed.add(one.agreementSignedOn() == null ? null : one.agreementSignedOn().toString());
            deductions.add(one.result().deduction().toPlainString());
            benefits.add(one.result().benefit().toPlainString());
            notDeducted.add(one.result().notDeducted().toPlainString());
            digestsInOrder.add(digests.get(one.employeeId()));
            int number = 0;
            for (ResultLine line : one.result().lines()) {
                number++;
                lines.add(one.employeeId(), number, line);
                int eventNumber = 0;
                for (ResultLine.EventRef event : line.events()) {
                    events.add(one.employeeId(), number, ++eventNumber, event);
                }
            }
        }
        jdbc.sql("""
                insert into costsharing_result (company_id, employee_id, month, status, computed_at, agreement_signed_on,
                                                deduction, benefit, not_deducted, digest)
                select :companyId, e, :month, :status, :at, cast(s as date), d, b, n, g
                from unnest(cast(:employees as bigint[]), cast(:signed as text[]), cast(:deductions as numeric[]),
                            cast(:benefits as numeric[]), cast(:notDeducted as numeric[]), cast(:digests as text[]))
                     as r(e, s, d, b, n, g)""")
                .param("companyId", companyId).param("month", month.atDay(1)).param("status", Status.PRELIMINARY.name())
                .param("at", Timestamp.from(computedAt)).param("employees", texts(employees))
                .param("signed", texts(signed)).param("deductions", texts(deductions))
                .param("benefits", texts(benefits)).param("notDeducted", texts(notDeducted))
                .param("digests", texts(digestsInOrder)).update();
        if (!lines.employees.isEmpty()) {
            jdbc.sql("""
                    insert into costsharing_result_line (company_id, employee_id, month, line_number, kind, treatment,
                            subscription_id, masked_msisdn, profile_id, profile_version, profile_name, rule, amount, corrects_month)
                    select :companyId, e, :month, n, k, t, s, m, p, v, pn, r, a, cast(c as date)
                    from unnest(cast(:employees as bigint[]), cast(:numbers as int[]), cast(:kinds as text[]),
                                cast(:treatments as text[]), cast(:subscriptions as bigint[]), cast(:masked as text[]),
                                cast(:profiles as bigint[]), cast(:versions as int[]), cast(:names as text[]),
                                cast(:rules as text[]), cast(:amounts as numeric[]), cast(:corrects as text[]))
                         as l(e, n, k, t, s, m, p, v, pn, r, a, c)""")
                    .param("companyId", companyId).param("month", month.atDay(1))
                    .param("employees", texts(lines.employees)).param("numbers", texts(lines.numbers))
                    .param("kinds", texts(lines.kinds)).param("treatments", texts(lines.treatments))
                    .param("subscriptions", texts(lines.subscriptions)).param("masked", texts(lines.masked))
                    .param("profiles", texts(lines.profiles)).param("versions", texts(lines.versions))
                    .param("names", texts(lines.names)).param("rules", texts(lines.rules))
                    .param("amounts", texts(lines.amounts)).param("corrects", texts(lines.corrects))
                    .update();
        }
        if (!events.employees.isEmpty()) {
            jdbc.sql("""
                    insert into costsharing_result_event (company_id, employee_id, month, line_number, event_number, cdr_id,
                                                          piece, start_time, description, gross)
                    select :companyId, e, :month, n, x, c, p, t, d, g
                    from unnest(cast(:employees as bigint[]), cast(:numbers as int[]), cast(:eventNumbers as int[]),
                                cast(:cdrs as text[]), cast(:pieces as smallint[]), cast(:starts as timestamptz[]),
                                cast(:descriptions as text[]), cast(:gross as numeric[])) as v(e, n, x, c, p, t, d, g)""")
                    .param("companyId", companyId).param("month", month.atDay(1))
                    .param("employees", texts(events.employees)).param("numbers", texts(events.numbers))
                    .param("eventNumbers", texts(events.eventNumbers))
                    .param("cdrs", texts(events.cdrs)).param("pieces", texts(events.pieces))
                    .param("starts", texts(events.starts)).param("descriptions", texts(events.descriptions))
                    .param("gross", texts(events.gross)).update();
        }
    }

    /** Sums of the lines of M that are not corrections, per employee (what M's own computation gave). */
    Map<Long, Sums> ownSums(long companyId, YearMonth month, Collection<Long> employees) {
        Map<Long, Sums> sums = new HashMap<>();
        jdbc.sql("""
                select employee_id, treatment, sum(amount) as amount from costsharing_result_line
                where company_id = :companyId and month = :month and kind <> 'CORRECTION' and employee_id = any(:employees)
                group by employee_id, treatment""")
                .param("companyId", companyId).param("month", month.atDay(1)).param("employees", SqlArrays.bigints(employees))
                .query(rs -> {
                    sums.merge(rs.getLong("employee_id"), Sums.ZERO.plus(ResultLine.Treatment.valueOf(rs.getString("treatment")),
                            rs.getBigDecimal("amount")), ResultStore::add);
                });
        return sums;
    }

    /** Sums of the correction lines for month F in final results of other months, per employee. */
    Map<Long, Sums> correctionsMade(long companyId, YearMonth corrected, Collection<Long> employees) {
        Map<Long, Sums> sums = new HashMap<>();
        jdbc.sql("""
                select l.employee_id, l.treatment, sum(l.amount) as amount
                from costsharing_result_line l join costsharing_result r using (company_id, employee_id, month)
                where l.company_id = :companyId and l.kind = 'CORRECTION' and l.corrects_month = :corrected
                  and r.status = 'FINAL' and l.employee_id = any(:employees)
                group by l.employee_id, l.treatment""")
                .param("companyId", companyId).param("corrected", corrected.atDay(1))
                .param("employees", SqlArrays.bigints(employees))
                .query(rs -> {
                    sums.merge(rs.getLong("employee_id"), Sums.ZERO.plus(ResultLine.Treatment.valueOf(rs.getString("treatment")),
                            rs.getBigDecimal("amount")), ResultStore::add);
                });
        return sums;
    }

    /**
     * The employees whose final result of F may be out of date: a content purchase of F classified,
     * usage of F rated, an extra package of F bought, or a fee line for F invoiced after the result
     * was computed.
     */
    Set<Long> changedSinceFinal(long companyId, YearMonth month) {
        Set<Long> employees = new HashSet<>();
        jdbc.sql("""
                with r as (select min(computed_at) as at from costsharing_result
                           where company_id = :companyId and month = :month and status = 'FINAL'),
                changed as (
                    select k.subscription_id from content_classification k, r
                    where k.company_id = :companyId and k.start_time >= :from and k.start_time < :to and k.classified_at > r.at
                    union
                    select e.subscription_id from usage_event e join cdr_file f using (cdr_file_id), r
                    where e.company_id = :companyId and e.start_time >= :from and e.start_time < :to and f.processed_at > r.at
                    union
                    select p.subscription_id from extra_package_purchase p, r
                    where p.company_id = :companyId and p.month = :month and p.bought_at > r.at
                    union
                    select l.subscription_id from invoice_line l join invoice i using (company_id, invoice_id), r
                    where l.company_id = :companyId and l.kind = 'SUBSCRIPTION_FEE' and l.period_start >= :month
                      and l.period_end <= :last and i.created_at > r.at)
                select distinct s.employee_id from subscription s join changed c using (subscription_id)
                where s.company_id = :companyId and s.employee_id is not null""")
                .param("companyId", companyId).param("month", month.atDay(1)).param("last", month.atEndOfMonth())
                .param("from", Timestamp.from(no.bedriftsportal.shared.Oslo.startOf(month.atDay(1))))
                .param("to", Timestamp.from(RulesInForce.cutoff(month)))
                .query(rs -> {
                    employees.add(rs.getLong(1));
                });
        return employees;
    }

    /** Whether any invoice run was made for M (results are computed only after one). */
    boolean invoiceRunExists(YearMonth month) {
        return jdbc.sql("select exists (select 1 from invoice_run where month = :month)").param("month", month.atDay(1))
                .query(Boolean.class).single();
    }

    /** The invoiced months, in order. */
    List<YearMonth> invoicedMonths() {
        return jdbc.sql("select month from invoice_run order by month").query(LocalDate.class).list().stream()
                .map(YearMonth::from).toList();
    }

    private static Sums add(Sums a, Sums b) {
        return new Sums(a.deduction().add(b.deduction()), a.benefit().add(b.benefit()), a.notDeducted().add(b.notDeducted()));
    }

    /** A {@code text[]} parameter; the statement casts it to the column's type. */
    private static Object texts(List<Object> values) {
        return SqlArrays.texts(values.stream().map(value -> value == null ? null : value.toString()).toList());
    }

    private static final class Lines {
        final List<Object> employees = new ArrayList<>();
        final List<Object> numbers = new ArrayList<>();
        final List<Object> kinds = new ArrayList<>();
        final List<Object> treatments = new ArrayList<>();
        final List<Object> subscriptions = new ArrayList<>();
        final List<Object> masked = new ArrayList<>();
        final List<Object> profiles = new ArrayList<>();
        final List<Object> versions = new ArrayList<>();
        final List<Object> names = new ArrayList<>();
        final List<Object> rules = new ArrayList<>();
        final List<Object> amounts = new ArrayList<>();
        final List<Object> corrects = new ArrayList<>();

        void add(long employeeId, int number, ResultLine line) {
            employees.add(employeeId);
            numbers.add(number);
            kinds.add(line.kind().name());
            treatments.add(line.treatment().name());
            subscriptions.add(line.subscriptionId());
            masked.add(line.maskedMsisdn());
            profiles.add(line.profile() == null ? null : line.profile().profileId());
            versions.add(line.profile() == null ? null : line.profile().version());
            names.add(line.profile() == null ? null : line.profile().name());
            rules.add(line.rule());
            amounts.add(line.amount().toPlainString());
            corrects.add(line.correctsMonth() == null ? null : line.correctsMonth().atDay(1).toString());
        }
    }

    private static final class Events {
        final List<Object> employees = new ArrayList<>();
        final List<Object> numbers = new ArrayList<>();
        final List<Object> eventNumbers = new ArrayList<>();
        final List<Object> cdrs = new ArrayList<>();
        final List<Object> pieces = new ArrayList<>();
        final List<Object> starts = new ArrayList<>();
        final List<Object> descriptions = new ArrayList<>();
        final List<Object> gross = new ArrayList<>();

        void add(long employeeId, int number, int eventNumber, ResultLine.EventRef event) {
            employees.add(employeeId);
            numbers.add(number);
            eventNumbers.add(eventNumber);
            cdrs.add(event.cdrId());
            pieces.add(event.piece());
            starts.add(event.startTime().toString());
            descriptions.add(event.description());
            gross.add(event.gross().toPlainString());
        }
    }
}

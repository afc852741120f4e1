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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.MaskedNumber;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.SqlArrays;
import no.bedriftsportal.subscription.HolderPeriod;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.Payer;

/**
 * Gathers, for a company and usage month M, the {@link EmployeeMonth} of every employee who holds a
 * subscription with a profile in force for M (COST-SHARING.md): the month's rated pieces, content
 * purchases with their classification, fees on the invoice, extra packages, the agreement and Y.
 * Each piece of data is read with one query per company and month, never per subscription.
 *
 * <p>A piece, a content purchase and an extra package count for the employee who held the
 * subscription when it happened (the subscription's holder history): a subscription moved between
 * employees in M is, for each of them, a subscription of their own for their part of the month, with
 * its own maximum and free amount; its monthly fee goes with the holder at the month's end.
 */
@Repository
class MonthInputs {

    /**
     * Up to this many subscriptions the month's events are read subscription by subscription (the
     * employee page, one classification); above it, the company's month in one scan. Read by
     * subscription, a large company's block ranges are scanned again for each one (2,000
     * subscriptions: 7.4 s, against 0.6 s for the one scan; issue #14's benchmark).
     */
    static final int FEW_SUBSCRIPTIONS = 20;

    private final JdbcClient jdbc;
    private final RulesInForce rules;
    private final Subscriptions subscriptions;
    private final EarlierInYear earlierInYear;
    private final BigDecimal yearlyThreshold;

    MonthInputs(JdbcClient jdbc, RulesInForce rules, Subscriptions subscriptions, EarlierInYear earlierInYear,
            @Value("${portal.costsharing.yearly-content-threshold:1000.00}") BigDecimal yearlyThreshold) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.subscriptions = subscriptions;
        this.earlierInYear = earlierInYear;
        this.yearlyThreshold = yearlyThreshold;
    }

    /** One employee's input with the date of the agreement that counted (null: none in time). */
    record Gathered(EmployeeMonth input, LocalDate agreementSignedOn) {
    }

    /** An employee's hold of a subscription with a profile in force for M, during {@code [from, to)} within M. */
    record Holder(long subscriptionId, long employeeId, String msisdn, EmployeeMonth.ProfileInForce profile, Instant from,
            Instant to) {

        boolean holds(Instant at) {
            return !at.isBefore(from) && at.isBefore(to);
        }
    }

    /** The holds of the subscriptions with a profile in force for M, by subscription, in time order. */
    record Holders(Map<Long, List<Holder>> bySubscription) {

        boolean isEmpty() {
            return bySubscription.isEmpty();
        }

        Set<Long> subscriptionIds() {
            return bySubscription.keySet();
        }

        /** Who held the subscription at that moment, or null when no employee with the profile did. */
        Holder at(long subscriptionId, Instant at) {
            for (Holder holder : bySubscription.getOrDefault(subscriptionId, List.of())) {
                if (holder.holds(at)) {
                    return holder;
                }
            }
            return null;
        }

        /** The last holder in M (who takes the month's fee), or null. */
        Holder last(long subscriptionId) {
            List<Holder> holds = bySubscription.getOrDefault(subscriptionId, List.of());
            return holds.isEmpty() ? null : holds.get(holds.size() - 1);
        }

        java.util.stream.Stream<Holder> all() {
            return bySubscription.values().stream().flatMap(List::stream);
        }
    }

    /** Every employee's input for M (corrections empty: the caller adds them). */
    List<Gathered> gather(long companyId, YearMonth month) {
        return gather(companyId, month, null);
    }

    /**
     * @param onlyEmployees the employees to gather, or null for all
     */
    List<Gathered> gather(long companyId, YearMonth month, Collection<Long> onlyEmployees) {
        Holders holders = holders(companyId, month, onlyEmployees);
        if (holders.isEmpty()) {
            return List.of();
        }
        CostSharingSettings settings = rules.settings(companyId, month);
        Set<Long> subscriptionIds = holders.subscriptionIds();
        Object ids = SqlArrays.bigints(subscriptionIds);
        Instant from = Oslo.startOf(month.atDay(1));
        Instant to = RulesInForce.cutoff(month);

        Map<Holder, List<EmployeeMonth.Piece>> pieces = new HashMap<>();
        Map<Long, List<EmployeeMonth.ContentPurchase>> content = new HashMap<>();
        jdbc.sql("""
                select e.subscription_id, e.cdr_id, e.piece, e.start_time, e.type, e.direction, e.category, e.data_bucket,
                       e.zone, e.country, c.name_nb as country_name, e.destination_country, d.zone_code as destination_zone,
                       e.seconds, e.bytes, e.amount, e.vat_rate, e.content_service, e.provider, e.description, k.classification
                from usage_event e
                left join country c on c.iso2 = e.country
                left join country d on d.iso2 = e.destination_country
                left join content_classification k
                       on k.company_id = e.company_id and k.cdr_id = e.cdr_id and k.piece = e.piece
                where e.company_id = :companyId
                  and e.start_time >= :from and e.start_time < :to and e.amount <> 0
                """ + narrowing(holders) + """
                order by e.start_time, e.cdr_id, e.piece""")
                .param("companyId", companyId).param("ids", ids).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    long subscriptionId = rs.getLong("subscription_id");
                    Instant start = rs.getTimestamp("start_time").toInstant();
                    Holder holder = holders.at(subscriptionId, start);
                    boolean contentService = rs.getBoolean("content_service");
                    if (holder == null || !contentService && !holder.profile().rules().readsPieces()) {
                        return; // held by no one, or by someone not gathered now; or a piece none of the profile's rules reads
                    }
                    String description = PieceDescriptions.describe(rs.getString("type"), rs.getString("direction"),
                            rs.getString("destination_zone"), rs.getString("country"), rs.getString("country_name"),
                            rs.getString("destination_country"), rs.getLong("seconds"), rs.getLong("bytes"),
                            rs.getString("provider"), rs.getString("description"));
                    BigDecimal amount = rs.getBigDecimal("amount");
                    int vatRate = rs.getInt("vat_rate");
                    if (contentService) {
                        String classification = rs.getString("classification");
                        content.computeIfAbsent(holder.employeeId(), k -> new ArrayList<>())
                                .add(new EmployeeMonth.ContentPurchase(subscriptionId, rs.getString("cdr_id"), rs.getInt("piece"),
                                        start, description, Gross.of(amount, vatRate),
                                        classification == null ? null : Classification.valueOf(classification), holder.profile()));
                    } else {
                        pieces.computeIfAbsent(holder, k -> new ArrayList<>())
                                .add(new EmployeeMonth.Piece(rs.getString("cdr_id"), rs.getInt("piece"), start, rs.getString("type"),
                                        rs.getString("category"), rs.getString("data_bucket"), amount, vatRate, description));
                    }
                });

        Map<Holder, BigDecimal> fees = new HashMap<>();
        jdbc.sql("""
                select l.subscription_id, l.amount_excl_vat, l.vat_rate, i.type
                from invoice_line l join invoice i using (company_id, invoice_id)
                join unnest(cast(:ids as bigint[])) as wanted(subscription_id) on wanted.subscription_id = l.subscription_id
                where l.company_id = :companyId and l.kind = 'SUBSCRIPTION_FEE'
                  and l.period_start >= :first and l.period_end <= :last""")
                .param("companyId", companyId).param("ids", ids).param("first", month.atDay(1))
                .param("last", month.atEndOfMonth())
                .query(rs -> {
                    BigDecimal gross = Gross.of(rs.getBigDecimal("amount_excl_vat"), rs.getInt("vat_rate"));
                    Holder holder = holders.last(rs.getLong("subscription_id"));
                    if (holder == null) {
                        return;
                    }
                    // a credit note's lines are stored as what it credits
                    fees.merge(holder, "CREDIT_NOTE".equals(rs.getString("type")) ? gross.negate() : gross,
                            BigDecimal::add);
                });

        Map<Holder, List<EmployeeMonth.ExtraBought>> extras = new HashMap<>();
        jdbc.sql("""
                select subscription_id, extra_package_purchase_id, code, bought_at, payer, price
                from extra_package_purchase
                where company_id = :companyId and subscription_id = any(:ids) and month = :month
                order by bought_at, extra_package_purchase_id""")
                .param("companyId", companyId).param("ids", ids).param("month", month.atDay(1))
                .query(rs -> {
                    Holder holder = holders.at(rs.getLong("subscription_id"), rs.getTimestamp("bought_at").toInstant());
                    if (holder == null) {
                        return;
                    }
                    extras.computeIfAbsent(holder, k -> new ArrayList<>())
                            .add(new EmployeeMonth.ExtraBought(rs.getLong("extra_package_purchase_id"), rs.getString("code"),
                                    rs.getTimestamp("bought_at").toInstant(), Payer.valueOf(rs.getString("payer")),
                                    rs.getBigDecimal("price")));
                });

        Set<Long> employees = new HashSet<>();
        holders.all().forEach(holder -> employees.add(holder.employeeId()));
        Map<Long, LocalDate> agreements = agreements(companyId, employees, deadline(month, settings));
        Map<Long, BigDecimal> earlier = earlierInYear.privateContent(companyId, month, employees);

        Map<Long, List<EmployeeMonth.SubscriptionMonth>> byEmployee = new LinkedHashMap<>();
        holders.all().sorted(java.util.Comparator.comparing(Holder::employeeId).thenComparing(Holder::msisdn)
                        .thenComparing(Holder::from))
                .forEach(holder -> byEmployee.computeIfAbsent(holder.employeeId(), k -> new ArrayList<>())
                        .add(new EmployeeMonth.SubscriptionMonth(holder.subscriptionId(), MaskedNumber.mask(holder.msisdn()),
                                holder.profile(), pieces.getOrDefault(holder, List.of()),
                                fees.getOrDefault(holder, BigDecimal.ZERO.setScale(2)), extras.getOrDefault(holder, List.of()))));
        List<Gathered> gathered = new ArrayList<>();
        byEmployee.forEach((employeeId, subscriptions) -> {
            LocalDate signedOn = agreements.get(employeeId);
            gathered.add(new Gathered(new EmployeeMonth(employeeId, month, signedOn != null,
                    earlier.getOrDefault(employeeId, BigDecimal.ZERO.setScale(2)), yearlyThreshold, settings.unclassifiedAs(),
                    settings.workingHours(), subscriptions, content.getOrDefault(employeeId, List.of()), List.of()), signedOn));
        });
        return gathered;
    }

    /**
     * What narrows the read of the month's events: few subscriptions are read one by one; only the
     * content purchases (a partial index, V26) when no profile reads the rated pieces.
     */
    private static String narrowing(Holders holders) {
        String subscriptions = holders.subscriptionIds().size() <= FEW_SUBSCRIPTIONS ? "and e.subscription_id = any(:ids)\n" : "";
        boolean readsPieces = holders.all().anyMatch(holder -> holder.profile().rules().readsPieces());
        return subscriptions + (readsPieces ? "" : "and e.content_service\n");
    }

    /** The content deadline of M: its day in month M+1, by the settings in force for M. */
    static LocalDate deadline(YearMonth month, CostSharingSettings settings) {
        return month.plusMonths(1).atDay(settings.contentDeadlineDay());
    }

    LocalDate deadline(long companyId, YearMonth month) {
        return deadline(month, rules.settings(companyId, month));
    }

    /**
     * The holds of subscriptions whose choice in force for M is a profile with a version in force, by
     * the subscription's holder history within M.
     *
     * @param onlyEmployees the employees to gather, or null for all
     */
    Holders holders(long companyId, YearMonth month, Collection<Long> onlyEmployees) {
        Map<Long, EmployeeMonth.ProfileInForce> profiles = rules.profilesInForce(companyId, month);
        Map<Long, List<Holder>> holds = new HashMap<>();
        if (profiles.isEmpty()) {
            return new Holders(holds);
        }
        Map<Long, String> msisdns = new HashMap<>();
        jdbc.sql("""
                select s.subscription_id, s.msisdn from subscription s
                join unnest(cast(:ids as bigint[])) as wanted(subscription_id) on wanted.subscription_id = s.subscription_id
                where s.company_id = :companyId""")
                .param("companyId", companyId).param("ids", SqlArrays.bigints(profiles.keySet()))
                .query(rs -> {
                    msisdns.put(rs.getLong("subscription_id"), rs.getString("msisdn"));
                });
        Set<Long> wanted = onlyEmployees == null ? null : Set.copyOf(onlyEmployees);
        subscriptions.holderPeriods(companyId, profiles.keySet(), Oslo.startOf(month.atDay(1)), RulesInForce.cutoff(month))
                .forEach((subscriptionId, periods) -> {
                    for (HolderPeriod period : periods) {
                        if (period.employeeId() != null && (wanted == null || wanted.contains(period.employeeId()))) {
                            holds.computeIfAbsent(subscriptionId, k -> new ArrayList<>()).add(new Holder(subscriptionId,
                                    period.employeeId(), msisdns.get(subscriptionId), profiles.get(subscriptionId), period.from(),
                                    period.to()));
                        }
                    }
                });
        return new Holders(holds);
    }

    private Map<Long, LocalDate> agreements(long companyId, Set<Long> employees, LocalDate deadline) {
        Map<Long, LocalDate> signed = new HashMap<>();
        jdbc.sql("""
                select employee_id, signed_on from salary_deduction_agreement
                where company_id = :companyId and employee_id = any(:employees) and signed_on <= :deadline""")
                .param("companyId", companyId).param("employees", SqlArrays.bigints(employees)).param("deadline", deadline)
                .query(rs -> {
                    signed.put(rs.getLong("employee_id"), rs.getObject("signed_on", LocalDate.class));
                });
        return signed;
    }
}

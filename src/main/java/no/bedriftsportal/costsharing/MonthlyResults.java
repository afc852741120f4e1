package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes and stores the monthly results (issue #14.5, COST-SHARING.md): for a company and usage
 * month M every employee with a profile gets a result. A preliminary result is replaced whole when
 * computed again; a final one is never changed: what changed later in a final month (a late
 * classification, a credit note, late usage) goes into the first month after it that is not final,
 * as correction lines with the difference. Each call is a transaction of its own (called after an
 * invoice run's or a classification's commit, too).
 */
@Service
public class MonthlyResults {

    private static final Logger log = LoggerFactory.getLogger(MonthlyResults.class);
    /** How far back a month's corrections look for final months that changed. */
    private static final int CORRECTIONS_LOOK_BACK_MONTHS = 13;

    private final MonthInputs inputs;
    private final ResultStore store;
    private final Clock clock;

    MonthlyResults(MonthInputs inputs, ResultStore store, Clock clock) {
        this.inputs = inputs;
        this.store = store;
        this.clock = clock;
    }

    /** Computes M's preliminary results for every employee of the company (final ones stay). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int computePreliminary(long companyId, YearMonth month) {
        return compute(companyId, month, null);
    }

    /** Computes M's preliminary results of some employees again (final ones stay). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int computePreliminary(long companyId, YearMonth month, Collection<Long> employees) {
        return compute(companyId, month, employees);
    }

    /**
     * Makes M's results final: computed once more (unclassified purchases count as the settings in
     * force say), then FINAL. A month already final stays as it is.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void makeFinal(long companyId, YearMonth month) {
        compute(companyId, month, null);
        store.markFinal(companyId, month);
    }

    private int compute(long companyId, YearMonth month, Collection<Long> employees) {
        long started = System.nanoTime();
        Map<Long, ResultStore.Status> statuses = store.statuses(companyId, month);
        List<MonthInputs.Gathered> gathered = inputs.gather(companyId, month, employees).stream()
                .filter(one -> statuses.get(one.input().employeeId()) != ResultStore.Status.FINAL).toList();
        long gatheredAt = System.nanoTime();
        Map<Long, List<ResultLine>> corrections = corrections(companyId, month, employees);
        long correctedAt = System.nanoTime();
        List<ResultStore.Computed> computed = new ArrayList<>();
        Set<Long> withInput = gathered.stream().map(one -> one.input().employeeId()).collect(Collectors.toSet());
        for (MonthInputs.Gathered one : gathered) {
            EmployeeMonth input = one.input();
            List<ResultLine> own = corrections.getOrDefault(input.employeeId(), List.of());
            EmployeeMonth withCorrections = new EmployeeMonth(input.employeeId(), input.month(), input.agreement(),
                    input.privateEarlierInYear(), input.yearlyThreshold(), input.unclassifiedAs(), input.workingHours(),
                    input.subscriptions(), input.contentPurchases(), own);
            computed.add(new ResultStore.Computed(input.employeeId(), one.agreementSignedOn(),
                    EmployeeMonthCalculator.compute(withCorrections)));
        }
        // an employee without a profile in M any more, but with corrections of a final month, gets them alone
        corrections.forEach((employeeId, lines) -> {
            if (!withInput.contains(employeeId) && statuses.get(employeeId) != ResultStore.Status.FINAL) {
                computed.add(new ResultStore.Computed(employeeId, null, correctionsOnly(lines)));
            }
        });
        long computedAt = System.nanoTime();
        int written = store.replacePreliminary(companyId, month, employees, computed, clock.instant());
        if (!computed.isEmpty()) {
            log.info("Cost sharing {} of company {}: {} results ({} changed) in {} ms (gathered {}, corrections {}, computed {}, "
                    + "stored {})", month, companyId, computed.size(), written, (System.nanoTime() - started) / 1_000_000,
                    (gatheredAt - started) / 1_000_000,
                    (correctedAt - gatheredAt) / 1_000_000, (computedAt - correctedAt) / 1_000_000,
                    (System.nanoTime() - computedAt) / 1_000_000);
        }
        return computed.size();
    }

    /**
     * The correction lines month M carries: for every final month F before M whose first month
     * after it that is not final is M, and whose inputs changed since F was made final, the
     * difference between F computed now and F as stored (with the corrections already made in
     * other final months).
     */
    private Map<Long, List<ResultLine>> corrections(long companyId, YearMonth month, Collection<Long> employees) {
        Map<Long, List<ResultLine>> corrections = new HashMap<>();
        TreeSet<YearMonth> finals = store.finalMonths(companyId);
        for (YearMonth corrected : finals.headSet(month, false)) {
            if (corrected.isBefore(month.minusMonths(CORRECTIONS_LOOK_BACK_MONTHS)) || !firstOpenAfter(finals, corrected).equals(month)) {
                continue;
            }
            Set<Long> changed = store.changedSinceFinal(companyId, corrected);
            if (employees != null) {
                changed.retainAll(employees);
            }
            if (changed.isEmpty()) {
                continue;
            }
            Map<Long, ResultStore.Sums> stored = store.ownSums(companyId, corrected, changed);
            Map<Long, ResultStore.Sums> made = store.correctionsMade(companyId, corrected, changed);
            Map<Long, ResultStore.Sums> now = new HashMap<>();
            for (MonthInputs.Gathered one : inputs.gather(companyId, corrected, changed)) {
                ResultStore.Sums sums = ResultStore.Sums.ZERO;
                for (ResultLine line : EmployeeMonthCalculator.compute(one.input()).lines()) {
                    if (line.kind() != ResultLine.Kind.CORRECTION) {
                        sums = sums.plus(line.treatment(), line.amount());
                    }
                }
                now.put(one.input().employeeId(), sums);
            }
            for (Long employeeId : changed) {
                ResultStore.Sums difference = now.getOrDefault(employeeId, ResultStore.Sums.ZERO)
                        .minus(stored.getOrDefault(employeeId, ResultStore.Sums.ZERO))
                        .minus(made.getOrDefault(employeeId, ResultStore.Sums.ZERO));
                List<ResultLine> lines = corrections.computeIfAbsent(employeeId, k -> new ArrayList<>());
                add(lines, ResultLine.Treatment.DEDUCTION, difference.deduction(), corrected);
                add(lines, ResultLine.Treatment.BENEFIT, difference.benefit(), corrected);
                add(lines, ResultLine.Treatment.NOT_DEDUCTED, difference.notDeducted(), corrected);
            }
        }
        corrections.values().removeIf(List::isEmpty);
        return corrections;
    }

    /** The first month after a final one that is not final: where its corrections go. */
    static YearMonth firstOpenAfter(Set<YearMonth> finals, YearMonth month) {
        YearMonth next = month.plusMonths(1);
        while (finals.contains(next)) {
            next = next.plusMonths(1);
        }
        return next;
    }

    private static void add(List<ResultLine> lines, ResultLine.Treatment treatment, BigDecimal amount, YearMonth corrected) {
        if (amount.signum() != 0) {
            lines.add(new ResultLine(ResultLine.Kind.CORRECTION, treatment, null, null, null, "CORRECTION", amount, corrected,
                    List.of()));
        }
    }

    private static EmployeeMonthResult correctionsOnly(List<ResultLine> lines) {
        ResultStore.Sums sums = ResultStore.Sums.ZERO;
        for (ResultLine line : lines) {
            sums = sums.plus(line.treatment(), line.amount());
        }
        return new EmployeeMonthResult(sums.deduction(), sums.benefit(), sums.notDeducted(), lines);
    }

    /**
     * The day a month's results become final: the day after the content deadline of M+1 by the
     * settings in force for M.
     */
    public LocalDate finalOn(long companyId, YearMonth month) {
        return inputs.deadline(companyId, month).plusDays(1);
    }
}

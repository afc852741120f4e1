package no.bedriftsportal.subscription;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.NorwegianFormat;

/**
 * The operator API's warning when a change takes effect in a month already invoiced: which
 * invoiced months it reaches, and what the next invoice run will bill and credit for it (issue #10
 * point 5), e.g. {@code effectiveOn 2026-10-11 reaches into invoiced months 2026-10; the fees
 * billed for 11.10.2026–31.10.2026 under FRI_5 are credited on the next invoice}. Nothing is said
 * of a change after the latest month invoiced, or when no billing is there to ask.
 */
@Component
class InvoicedMonthWarnings {

    private final ObjectProvider<InvoicedMonths> invoicedMonths;

    InvoicedMonthWarnings(ObjectProvider<InvoicedMonths> invoicedMonths) {
        this.invoicedMonths = invoicedMonths;
    }

    /**
     * @param field the request field that carries the day ({@code activeFrom}, {@code effectiveOn} …)
     * @param day   the day the change takes effect
     */
    List<String> after(Subscription subscription, List<TermChange> history, String field, LocalDate day) {
        InvoicedMonths billing = invoicedMonths.getIfAvailable();
        Optional<InvoicedMonths.Span> invoiced = billing == null ? Optional.empty() : billing.invoiced();
        if (invoiced.isEmpty() || YearMonth.from(day).isAfter(invoiced.get().latest())) {
            return List.of();
        }
        YearMonth first = invoiced.get().first();
        YearMonth latest = invoiced.get().latest();
        YearMonth reached = YearMonth.from(day).isBefore(first) ? first : YearMonth.from(day);
        StringBuilder warning = new StringBuilder(field + " " + day + " reaches into invoiced months "
                + (reached.equals(latest) ? latest.toString() : reached + "–" + latest));
        List<InvoicedMonths.FeeCorrection> corrections = billing.pendingFeeCorrections(subscription, history);
        List<String> credited = periods(corrections, true);
        List<String> billed = periods(corrections, false);
        if (!credited.isEmpty()) {
            warning.append("; the fees billed for ").append(String.join(", ", credited)).append(" are credited on the next invoice");
        }
        if (!billed.isEmpty()) {
            warning.append("; the fees for ").append(String.join(", ", billed)).append(" go on the next invoice run");
        }
        if (credited.isEmpty() && billed.isEmpty()) {
            warning.append("; the fees billed for them stand as they are");
        }
        if (day.isBefore(first.atDay(1))) {
            warning.append("; days before ").append(first).append(" are not billed (before the first month invoiced)");
        }
        return List.of(warning.toString());
    }

    /** The corrections of one kind as periods, days that follow on under the same plan joined across months. */
    private static List<String> periods(List<InvoicedMonths.FeeCorrection> corrections, boolean credit) {
        List<String> periods = new ArrayList<>();
        InvoicedMonths.FeeCorrection open = null;
        LocalDate openEnd = null;
        for (InvoicedMonths.FeeCorrection correction : corrections.stream().filter(c -> c.credit() == credit)
                .sorted(java.util.Comparator.comparing(InvoicedMonths.FeeCorrection::planCode)
                        .thenComparing(InvoicedMonths.FeeCorrection::firstDay))
                .toList()) {
            if (open != null && open.planCode().equals(correction.planCode()) && openEnd.plusDays(1).equals(correction.firstDay())) {
                openEnd = correction.lastDay();
                continue;
            }
            if (open != null) {
                periods.add(NorwegianFormat.period(open.firstDay(), openEnd) + " under " + open.planCode());
            }
            open = correction;
            openEnd = correction.lastDay();
        }
        if (open != null) {
            periods.add(NorwegianFormat.period(open.firstDay(), openEnd) + " under " + open.planCode());
        }
        return periods;
    }
}

package no.bedriftsportal.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.SqlArrays;

/**
 * The named parameters every report's statement is bound with ({@link ReportSql}): the company,
 * the customer numbers (the user's grant, narrowed by the filter, never widened), the filter, and
 * the period as days, whole months, Oslo midnights and invoice ids.
 */
final class ReportParameters {

    private ReportParameters() {
    }

    static Map<String, Object> of(AccessScope scope, ReportRequest request, ResolvedPeriod period, LocalDate today,
            boolean english) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("company", scope.companyId());
        parameters.put("accounts", SqlArrays.bigints(accounts(scope, request.filter().customerAccounts())));
        ReportFilter filter = request.filter();
        parameters.put("productGroup", filter.productGroup());
        parameters.put("userLike", filter.user() == null ? null : "%" + likeEscaped(filter.user()) + "%");
        String digits = filter.user() == null ? "" : filter.user().replaceAll("[^0-9]", "");
        parameters.put("numberLike", digits.isEmpty() ? null : "%" + digits + "%");
        parameters.put("sim", filter.sim());
        parameters.put("simLike", filter.sim() == null ? null : "%" + filter.sim() + "%");
        parameters.put("narrowed", filter.narrowsSubscriptions());
        parameters.put("english", english);
        parameters.put("from", period.from());
        parameters.put("to", period.to());
        parameters.put("asOf", period.to().isAfter(today) ? today : period.to());
        ResolvedPeriod.Split split = period.split();
        parameters.put("wholeFrom", split.wholeFrom());
        parameters.put("wholeTo", split.wholeTo());
        parameters.put("headFrom", split.headFrom());
        parameters.put("headTo", split.headTo());
        parameters.put("tailFrom", split.tailFrom());
        parameters.put("tailTo", split.tailTo());
        parameters.put("monthFrom", YearMonth.from(period.from()).atDay(1));
        parameters.put("monthTo", YearMonth.from(period.to()).atDay(1));
        parameters.put("fromTs", Timestamp.from(Oslo.startOf(period.from())));
        parameters.put("toTs", Timestamp.from(Oslo.startOf(period.to().plusDays(1))));
        // a month may lack its fees in the ledger only until its invoice run: the last month and this one
        YearMonth current = YearMonth.from(today);
        YearMonth estimateFrom = max(YearMonth.from(period.from()), current.minusMonths(1));
        YearMonth estimateTo = min(YearMonth.from(period.to()), current);
        parameters.put("estFrom", estimateFrom.atDay(1));
        parameters.put("estTo", estimateTo.atDay(1));
        parameters.put("invoices", SqlArrays.bigints(period.invoices().stream().map(CoveredInvoice::id).toList()));
        return parameters;
    }

    /** The filter's customer numbers within the grant; none chosen means all granted (null: the whole company). */
    private static Set<Long> accounts(AccessScope scope, Set<Long> chosen) {
        if (chosen.isEmpty()) {
            return scope.allCustomerAccounts() ? null : scope.customerAccountIds();
        }
        Set<Long> within = new HashSet<>(chosen);
        if (!scope.allCustomerAccounts()) {
            within.retainAll(scope.customerAccountIds());
        }
        return within.isEmpty() ? Set.of(-1L) : within;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}

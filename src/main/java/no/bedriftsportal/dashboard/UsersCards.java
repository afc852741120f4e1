package no.bedriftsportal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.costsharing.EmployeeOverview;
import no.bedriftsportal.costsharing.SubscriptionOverview;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.PersonView;
import no.bedriftsportal.shared.web.PageContext;

/**
 * D6 and D7's card, list and panel, for the dashboard page and the card's own endpoints.
 * Administrators see each user's usage summed per kind, never the calls themselves
 * (DOMAIN-RULES "Privacy"); each panel shown is in the audit log.
 */
@Component
class UsersCards {

    private static final List<String> TYPE_ORDER = List.of("VOICE", "SMS", "MMS", "DATA", "CONTENT");

    private final UserOverview overview;
    private final UserDetails details;
    private final Catalog catalog;
    private final Clock clock;
    private final AuditTrail audit;
    private final EmployeeOverview invoiceControl;

    UsersCards(UserOverview overview, UserDetails details, Catalog catalog, Clock clock, AuditTrail audit,
            EmployeeOverview invoiceControl) {
        this.overview = overview;
        this.details = details;
        this.catalog = catalog;
        this.clock = clock;
        this.audit = audit;
        this.invoiceControl = invoiceControl;
    }

    /** The list alone (no panel): a new search, minimum, sort or page. */
    UsersCard list(AccessScope scope, UsersParameters parameters) {
        LocalDate today = Oslo.today(clock);
        return new UsersCard(today, parameters, overview.users(scope, parameters.query(parameters.period().month(today))), null);
    }

    /** Every user the list finds, all pages, for the Excel file. */
    UsersExcel.Users everyUser(AccessScope scope, UsersParameters parameters) {
        YearMonth month = parameters.period().month(Oslo.today(clock));
        return new UsersExcel.Users(parameters.period(), month, overview.users(scope, parameters.everyUser(month)).users());
    }

    /**
     * Empty when the user is not the company's, or not on a granted customer number; a panel shown is recorded in the audit log.
     *
     * @param invoiceControlGranted the signed-in user is granted Fakturakontroll: the panel then shows this month's invoice
     *                              control of a user with a profile (SPEC D6)
     */
    Optional<UserPanel> panel(AccessScope scope, long subscriptionId, Period period, PageContext page, boolean invoiceControlGranted) {
        LocalDate today = Oslo.today(clock);
        YearMonth month = period.month(today);
        Optional<UserDetail> detail = details.detail(scope, subscriptionId, month);
        detail.ifPresent(shown -> audit.viewedPerson(PersonView.USER_PANEL, shown.user().msisdn(), shown.user().name()));
        return detail.map(shown -> panel(shown, period, page, invoiceControlGranted
                ? invoiceControl.forSubscription(scope, subscriptionId, YearMonth.from(today))
                        .filter(SubscriptionOverview::invoiceControl).orElse(null)
                : null));
    }

    /**
     * The employee's own subscription in a month, as D6's panel shows it to the administration but
     * without invoice control (the employee's page shows their result itself) and without an audit
     * entry: nobody looks at another person's data (#15.2).
     */
    Optional<UserPanel> ownPanel(long companyId, long subscriptionId, Period period, PageContext page) {
        YearMonth month = period.month(Oslo.today(clock));
        return details.detail(AccessScope.wholeCompany(companyId), subscriptionId, month)
                .map(shown -> panel(shown, period, page, null));
    }

    private UserPanel panel(UserDetail detail, Period period, PageContext page, SubscriptionOverview invoiceControl) {
        UserDetail merged = new UserDetail(detail.user(), detail.month(), merged(detail.breakdown()), detail.trend());
        String planName = detail.user().planCode() == null ? null
                : catalog.plan(detail.user().planCode()).map(PricePlan::name).orElse(detail.user().planCode());
        return new UserPanel(merged, period, planName, trendJson(detail.trend(), page), invoiceControl);
    }

    /** The breakdown in the app's order — calls, messages, data, content — one line per name. */
    private static List<UserDetail.Line> merged(List<UserDetail.Line> lines) {
        Map<String, UserDetail.Line> byLabel = new LinkedHashMap<>();
        lines.stream()
                .sorted(Comparator.comparingInt((UserDetail.Line line) -> TYPE_ORDER.indexOf(line.type()))
                        .thenComparing(UserDetail.Line::category).thenComparing(UserDetail.Line::dataBucket))
                .forEach(line -> byLabel.merge(line.labelKey(), line, UserDetail.Line::plus));
        return new ArrayList<>(byLabel.values());
    }

    private static String trendJson(List<UserDetail.MonthData> trend, PageContext page) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> within = new ArrayList<>();
        List<BigDecimal> above = new ArrayList<>();
        List<BigDecimal> packages = new ArrayList<>();
        for (UserDetail.MonthData month : trend) {
            labels.add(page.shortMonth(month.month()));
            within.add(megabytes(month.withinPackage()));
            above.add(megabytes(month.abovePackage()));
            packages.add(month.packageBytes() == 0 ? null : megabytes(month.packageBytes()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("within", within);
        data.put("above", above);
        data.put("package", packages);
        data.put("names", Map.of("within", page.t("dashboard.users.trend.within"), "above", page.t("dashboard.users.trend.above"),
                "package", page.t("dashboard.users.trend.package")));
        return ChartJson.write(data);
    }

    private static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).movePointLeft(6).setScale(1, RoundingMode.HALF_UP);
    }
}

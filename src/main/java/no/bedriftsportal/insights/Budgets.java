package no.bedriftsportal.insights;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;
import no.bedriftsportal.shared.database.CompanyDataVersions;

/**
 * Budsjett (X3, #18.3): the budgets of the departments and users in the scope with their month so far and forecast,
 * and setting one. The one service behind the page, the dashboard's card, the API and {@link BudgetOverruns}.
 */
@Service
public class Budgets {

    /** How far ahead a budget may be set. */
    static final int MONTHS_AHEAD = 12;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    private final BudgetRepository repository;
    private final ForecastInputs inputs;
    private final Companies companies;
    private final AuditTrail audit;
    /** A budget changes what the dashboard shows ("Krever handling"): its cached cards must not outlive it. */
    private final CompanyDataVersions versions;
    private final Clock clock;

    Budgets(BudgetRepository repository, ForecastInputs inputs, Companies companies, AuditTrail audit, CompanyDataVersions versions,
            Clock clock) {
        this.versions = versions;
        this.repository = repository;
        this.inputs = inputs;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    /** This month in Europe/Oslo, by the clock. */
    YearMonth thisMonth() {
        return YearMonth.from(Oslo.today(clock));
    }

    /**
     * Every department of the scope (with or without a budget) and every user with a budget, for the month: budget,
     * cost so far and forecast. A past month is all known; a month ahead is all forecast.
     */
    /** Whether any department or user in the scope has a budget for the month (before any forecast is made). */
    boolean anyInEffect(AccessScope scope, YearMonth month) {
        return !repository.inEffect(scope, month).isEmpty();
    }

    public List<BudgetLine> overview(AccessScope scope, YearMonth month) {
        LocalDate today = Oslo.today(clock);
        return lines(scope, month, today, today);
    }

    /**
     * As {@link #overview} but as if it were {@code today} with figures known through {@code knownThrough}: how a past
     * month's forecast looked on one of its days (the held-out test of the method).
     */
    List<BudgetLine> lines(AccessScope scope, YearMonth month, LocalDate today, LocalDate knownThrough) {
        List<BudgetRepository.Held> held = repository.inEffect(scope, month);
        Map<Long, BudgetRepository.Held> departmentBudgets = new HashMap<>();
        List<Long> users = new ArrayList<>();
        for (BudgetRepository.Held budget : held) {
            if (budget.target().user()) {
                users.add(budget.target().subscriptionId());
            } else {
                departmentBudgets.put(budget.target().customerAccountId(), budget);
            }
        }
        Map<String, ForecastInputs.Inputs> figures = inputs.load(scope, month, knownThrough, users);
        List<BudgetLine> lines = new ArrayList<>();
        for (CustomerAccount account : companies.customerAccounts(scope)) {
            BudgetTarget target = new BudgetTarget(account.id(), account.number(), account.name(), null, null, null);
            BudgetRepository.Held budget = departmentBudgets.get(account.id());
            lines.add(new BudgetLine(target, budget == null ? null : budget.amount(), budget == null ? null : budget.from(),
                    forecast(month, today, figures.get(target.key()))));
            for (BudgetRepository.Held user : held) {
                if (user.target().user() && user.target().customerAccountId() == account.id()) {
                    lines.add(new BudgetLine(user.target(), user.amount(), user.from(), forecast(month, today,
                            figures.get(user.target().key()))));
                }
            }
        }
        return lines;
    }

    private static Forecast forecast(YearMonth month, LocalDate today, ForecastInputs.Inputs figures) {
        if (figures == null) {
            return ForecastMethod.forecast(month, today, List.of(), Map.of(), Map.of(), Map.of());
        }
        return ForecastMethod.forecast(month, today, figures.historyDays(), figures.history(), figures.month(), figures.fees());
    }

    /** Sets (or with {@code remove} ends) a budget from a month on, audited; every problem of the input at once. */
    @Transactional
    BudgetLine set(AccessScope scope, BudgetInput input, String setBy) {
        List<BudgetInvalid.Problem> problems = new ArrayList<>();
        Optional<BudgetTarget> target = target(scope, input, problems);
        BigDecimal amount = input.remove() ? null : amount(input.amount(), problems);
        YearMonth from = month(input.fromMonth(), problems);
        if (!problems.isEmpty()) {
            throw new BudgetInvalid(problems);
        }
        BudgetTarget chosen = target.orElseThrow();
        repository.set(scope.companyId(), chosen, from, amount, setBy);
        versions.changed(scope.companyId());
        String who = chosen.user() ? (chosen.userName() == null ? "" : chosen.userName() + " ")
                + no.bedriftsportal.shared.NorwegianFormat.msisdn(chosen.msisdn()) : chosen.customerNumber() + " " + chosen.department();
        audit.changed(Change.BUDGET_SET, amount == null ? "REMOVED" : null, List.of(who, from.toString(),
                amount == null ? "" : no.bedriftsportal.shared.NorwegianFormat.money(amount)));
        return overview(scope, from).stream().filter(line -> line.target().key().equals(chosen.key())).findFirst()
                .orElse(new BudgetLine(chosen, amount, from, ForecastMethod.forecast(from, Oslo.today(clock), List.of(), Map.of(),
                        Map.of(), Map.of())));
    }

    /**
     * A department's budget from a month on, written by the portal itself with nobody signed in (the demo generator):
     * checked like any other, not in the audit log (which records who did it), as equipment's {@code Recorder.system}.
     */
    public void setBySystem(long companyId, String customerNumber, BigDecimal amount, YearMonth from, String setBy) {
        AccessScope scope = AccessScope.wholeCompany(companyId);
        BudgetTarget target = repository.department(scope, customerNumber)
                .orElseThrow(() -> new IllegalArgumentException("no customer number " + customerNumber));
        repository.set(companyId, target, from, amount.setScale(2, java.math.RoundingMode.HALF_UP), setBy);
        versions.changed(companyId);
    }

    private Optional<BudgetTarget> target(AccessScope scope, BudgetInput input, List<BudgetInvalid.Problem> problems) {
        String msisdn = input.msisdn() == null ? "" : input.msisdn().strip();
        String number = input.customerNumber() == null ? "" : input.customerNumber().strip();
        if (!msisdn.isEmpty()) {
            Optional<Msisdn> parsed = Msisdn.parse(msisdn);
            Optional<BudgetTarget> user = parsed.flatMap(value -> repository.user(scope, value.value()));
            if (user.isEmpty()) {
                problems.add(new BudgetInvalid.Problem("msisdn", "budgets.error.msisdn",
                        "no subscription of yours has this mobile number"));
            } else if (!number.isEmpty() && !number.equals(user.get().customerNumber())) {
                problems.add(new BudgetInvalid.Problem("msisdn", "budgets.error.msisdnDepartment",
                        "the mobile number is not in this department"));
                return Optional.empty();
            }
            return user;
        }
        if (number.isEmpty()) {
            problems.add(new BudgetInvalid.Problem("customerNumber", "budgets.error.department", "choose a department"));
            return Optional.empty();
        }
        Optional<BudgetTarget> department = repository.department(scope, number);
        if (department.isEmpty()) {
            problems.add(new BudgetInvalid.Problem("customerNumber", "budgets.error.department", "choose one of your departments"));
        }
        return department;
    }

    private static BigDecimal amount(String text, List<BudgetInvalid.Problem> problems) {
        String cleaned = text == null ? "" : text.replace("kr", "").replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        if (cleaned.isEmpty()) {
            problems.add(new BudgetInvalid.Problem("amount", "budgets.error.amountMissing", "give the budget in kroner"));
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(cleaned);
            if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
                problems.add(new BudgetInvalid.Problem("amount", "budgets.error.amount",
                        "the budget is kroner from 0 to 100 000 000 with at most two decimals"));
                return null;
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            problems.add(new BudgetInvalid.Problem("amount", "budgets.error.amount",
                    "the budget is kroner from 0 to 100 000 000 with at most two decimals"));
            return null;
        }
    }

    private YearMonth month(String text, List<BudgetInvalid.Problem> problems) {
        YearMonth now = thisMonth();
        if (text == null || text.isBlank()) {
            return now;
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            if (month.isBefore(now) || month.isAfter(now.plusMonths(MONTHS_AHEAD))) {
                problems.add(new BudgetInvalid.Problem("fromMonth", "budgets.error.monthRange",
                        "the month is this one or one of the next twelve"));
            }
            return month;
        } catch (DateTimeParseException e) {
            problems.add(new BudgetInvalid.Problem("fromMonth", "budgets.error.month", "the month is written yyyy-MM"));
            return now;
        }
    }
}

package no.bedriftsportal.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * The form of Settings → API as typed: a name, scopes ({@link ApiScope#value()}), all customer
 * numbers or the chosen ones, and the last day the token works (a date input's {@code yyyy-MM-dd},
 * or {@code dd.MM.yyyy} where the browser has no date input), or none.
 */
public record ApiTokenForm(String name, List<String> scopes, boolean allAccounts, List<Long> customerAccounts, String lastDay) {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    public ApiTokenForm {
        name = name == null ? "" : name;
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        customerAccounts = customerAccounts == null ? List.of() : List.copyOf(customerAccounts);
        lastDay = lastDay == null ? "" : lastDay.strip();
    }

    static ApiTokenForm empty() {
        return new ApiTokenForm("", List.of(ApiScope.DASHBOARD_READ.value()), true, List.of(), "");
    }

    public boolean has(ApiScope scope) {
        return scopes.contains(scope.value());
    }

    public boolean hasAccount(long customerAccountId) {
        return customerAccounts.contains(customerAccountId);
    }

    /** The scopes chosen; an unknown one is refused, never dropped. */
    Set<ApiScope> scopeSet() {
        Set<ApiScope> chosen = EnumSet.noneOf(ApiScope.class);
        for (String value : scopes) {
            chosen.add(ApiScope.of(value).orElseThrow(() -> new InvalidInputException("scopes", "apiToken.scopes.required",
                    "unknown scope " + value)));
        }
        return chosen;
    }

    /** The chosen customer accounts, or {@code null} for all. */
    Set<Long> accountIds() {
        return allAccounts ? null : Set.copyOf(customerAccounts);
    }

    /** The end of the last day in Oslo (the token works through that day), or {@code null} for no expiry. */
    Instant expiresAt() {
        if (lastDay.isEmpty()) {
            return null;
        }
        return Oslo.startOf(parse(lastDay).plusDays(1));
    }

    private static LocalDate parse(String day) {
        try {
            return day.contains(".") ? LocalDate.parse(day, NORWEGIAN) : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expiresAt", "apiToken.expiresAt.invalid", "write the date as dd.MM.yyyy");
        }
    }
}

package no.bedriftsportal.billing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.api.Cursor;

/**
 * The query parameters of the company API's invoices and payments, read as text so that a bad one
 * is a 400 problem naming it: ISO dates, an invoice status as the API spells it, an invoice number,
 * and a customer number among those the token may see.
 */
final class ApiBillingParameters {

    private ApiBillingParameters() {
    }

    /** {@code 2026-11-20}, or null when not given. */
    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "api.date.invalid", name + " must be a date written yyyy-MM-dd", name);
        }
    }

    /** The date a cursor begins with; another first key means the caller made the cursor up. */
    static LocalDate cursorDate(Cursor cursor) {
        try {
            return LocalDate.parse(cursor.key(0));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Cursor.PARAMETER, "api.cursor.invalid",
                    "cursor is not one this API gave out; start again without it");
        }
    }

    /** The days from–to must not run backwards. */
    static void inOrder(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "api.period.backwards", "to must not be before from");
        }
    }

    /** {@code overdue}, {@code credit_note} …: the API's name of a status. */
    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static InvoiceStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> names = Arrays.stream(InvoiceStatus.values()).map(ApiBillingParameters::name).toList();
        return Arrays.stream(InvoiceStatus.values()).filter(status -> name(status).equals(value.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "api.invoices.status.invalid",
                        "status must be one of " + String.join(", ", names), String.join(", ", names)));
    }

    static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("number", "api.invoices.number.invalid", "number must be an invoice number (digits)");
        }
    }

    /** The account of a customer number the token may see; any other, its own or not, is refused alike. */
    static Long customerAccount(List<CustomerAccount> accounts, String customerNumber) {
        if (customerNumber == null || customerNumber.isBlank()) {
            return null;
        }
        return accounts.stream().filter(account -> account.number().equals(customerNumber.strip())).map(CustomerAccount::id)
                .findFirst().orElseThrow(() -> new InvalidInputException("customerNumber", "api.customerNumber.unknown",
                        "customerNumber is not one this token may see (GET /api/v1/customer-accounts lists them)"));
    }
}

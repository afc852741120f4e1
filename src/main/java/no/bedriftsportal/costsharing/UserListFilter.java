package no.bedriftsportal.costsharing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import no.bedriftsportal.costsharing.SubscriptionChoice.Choice;

/**
 * The user list's filters, kept in the URL ({@code /invoice-control/users?customerNumber=…&choice=NEW}):
 * customer number, choice ({@code NEW}, {@code NO_PROFILE}, or a profile's id), pay type ({@link #DEFAULT_PAY_TYPE}
 * for employees without their own), without employee number. Unknown values filter nothing.
 *
 * @param choice    {@link Choice#NEW}, {@link Choice#NO_PROFILE}, {@link Choice#PROFILE} (with {@code profileId}: that one) or null for all
 * @param profileId a profile's id with {@code PROFILE}, else null
 */
public record UserListFilter(String customerNumber, Choice choice, Long profileId, String payType, boolean withoutEmployeeNumber) {

    public static final String PATH = "/invoice-control/users";
    /** The pay type filter's value for employees without a pay type of their own (the settings' applies). */
    public static final String DEFAULT_PAY_TYPE = "DEFAULT";

    static UserListFilter all() {
        return new UserListFilter(null, null, null, null, false);
    }

    /** From the page's parameters: {@code choice} is NEW, NO_PROFILE or a profile id. */
    static UserListFilter parse(String customerNumber, String choice, String payType, String withoutEmployeeNumber) {
        Choice parsedChoice = null;
        Long profileId = null;
        String value = blankToNull(choice);
        if (value != null) {
            if (value.matches("\\d{1,18}")) {
                parsedChoice = Choice.PROFILE;
                profileId = Long.parseLong(value);
            } else if (value.equals(Choice.NEW.name()) || value.equals(Choice.NO_PROFILE.name()) || value.equals(Choice.PROFILE.name())) {
                parsedChoice = Choice.valueOf(value);
            }
        }
        return new UserListFilter(digits(customerNumber), parsedChoice, profileId, payType(payType),
                "true".equals(withoutEmployeeNumber) || "on".equals(withoutEmployeeNumber));
    }

    /** The choice as the page's parameter: NEW, NO_PROFILE, PROFILE, a profile id, or "". */
    public String choiceParameter() {
        if (profileId != null) {
            return String.valueOf(profileId);
        }
        return choice == null ? "" : choice.name();
    }

    /** The query string of these filters (without "?"; empty when none). */
    public String query() {
        List<String> parts = new ArrayList<>();
        if (customerNumber != null) {
            parts.add("customerNumber=" + customerNumber);
        }
        if (choice != null) {
            parts.add("choice=" + choiceParameter());
        }
        if (payType != null) {
            parts.add("payType=" + URLEncoder.encode(payType, StandardCharsets.UTF_8));
        }
        if (withoutEmployeeNumber) {
            parts.add("withoutEmployeeNumber=true");
        }
        return String.join("&", parts);
    }

    public String href() {
        String query = query();
        return query.isEmpty() ? PATH : PATH + "?" + query;
    }

    public boolean any() {
        return customerNumber != null || choice != null || payType != null || withoutEmployeeNumber;
    }

    private static String digits(String value) {
        String stripped = blankToNull(value);
        return stripped != null && stripped.matches("\\d{1,12}") ? stripped : null;
    }

    private static String payType(String value) {
        String stripped = blankToNull(value);
        return stripped != null && stripped.matches("[0-9A-Za-z._-]{1,20}") ? stripped : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

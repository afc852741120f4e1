package no.bedriftsportal.subscription;

import java.util.List;

/**
 * An employee in the company API, with the subscriptions they hold under the token's customer
 * numbers.
 *
 * @param customerNumbers the customer numbers (departments) of those subscriptions, sorted
 * @param subscriptionIds those subscriptions' ids, active or not
 */
public record EmployeeJson(long id, String name, String employeeNumber, String email, List<String> customerNumbers,
        List<Long> subscriptionIds) {
}

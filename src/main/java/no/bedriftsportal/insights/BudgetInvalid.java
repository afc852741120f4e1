package no.bedriftsportal.insights;

import java.util.List;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * A budget that breaks a rule, with every field's problem, so the form shows each message beside its field; as an
 * {@link InvalidInputException} the API names the first.
 */
class BudgetInvalid extends InvalidInputException {

    /** One field's message. */
    record Problem(String field, String messageKey, String defaultMessage) {
    }

    private final transient List<Problem> problems;

    BudgetInvalid(List<Problem> problems) {
        super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).defaultMessage());
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}

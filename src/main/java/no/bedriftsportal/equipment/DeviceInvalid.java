package no.bedriftsportal.equipment;

import java.util.List;

import no.bedriftsportal.shared.InvalidInputException;

/**
 * A device's input broke one or more rules. The API answers with the first field (a 400 problem naming it); the
 * form shows every problem next to its field.
 */
public class DeviceInvalid extends InvalidInputException {

    private final transient List<FieldProblem> problems;

    DeviceInvalid(List<FieldProblem> problems) {
        super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).field() + " is not valid",
                problems.get(0).arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

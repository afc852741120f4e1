package no.bedriftsportal.costsharing;

/**
 * The computation of COST-SHARING.md for one employee and usage month, as a pure function: the
 * same {@link EmployeeMonth} always gives the same {@link EmployeeMonthResult}, to the øre.
 */
final class EmployeeMonthCalculator {

    private EmployeeMonthCalculator() {
    }

    static EmployeeMonthResult compute(EmployeeMonth month) {
        throw new UnsupportedOperationException("issue #14: being built");
    }
}

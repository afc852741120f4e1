package no.bedriftsportal.identity;

/**
 * The pages of an employee's own side (#15), in the order of their navigation. Paths are under
 * {@link EmployeePrincipal#HOME}, which only the employee's authority opens.
 */
enum EmployeePage {
    OVERVIEW(EmployeePrincipal.HOME, "nav.me.overview"),
    CONTENT(EmployeePrincipal.HOME + "/content", "nav.me.content"),
    DATA(EmployeePrincipal.HOME + "/data", "nav.me.data"),
    CALLS(EmployeePrincipal.HOME + "/calls", "nav.me.calls");

    private final String href;
    private final String labelKey;

    EmployeePage(String href, String labelKey) {
        this.href = href;
        this.labelKey = labelKey;
    }

    String href() {
        return href;
    }

    String labelKey() {
        return labelKey;
    }

    boolean isAt(String path) {
        return this == OVERVIEW ? path.equals(href) : path.equals(href) || path.startsWith(href + "/");
    }
}

package no.bedriftsportal.reporting;

/** R2: a report's rows per department (customer number, summed) or per user (subscription). */
public enum ReportLevel {
    DEPARTMENT, USER;

    static ReportLevel parse(String value, ReportLevel otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        return switch (value) {
            case "department" -> DEPARTMENT;
            case "user" -> USER;
            default -> throw new IllegalArgumentException("level is department or user");
        };
    }

    /** As the URL spells it. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

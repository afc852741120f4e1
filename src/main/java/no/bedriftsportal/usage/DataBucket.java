package no.bedriftsportal.usage;

/** Where the bytes of a data piece came from (CATALOG.md, "How an event is rated", rule 3). */
public enum DataBucket {
    PACKAGE("package"),
    EXTRA_PACKAGE("extra_package"),
    OUTSIDE_PACKAGE("outside_package"),
    BLOCKED("blocked");

    private final String code;

    DataBucket(String code) {
        this.code = code;
    }

    /** The spelling CATALOG.md uses, for storage. */
    public String code() {
        return code;
    }

    boolean isIncluded() {
        return this == PACKAGE || this == EXTRA_PACKAGE;
    }
}

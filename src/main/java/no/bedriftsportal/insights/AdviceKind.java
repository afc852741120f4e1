package no.bedriftsportal.insights;

/**
 * What a piece of savings advice is about (X1, #18.1): another price plan costs less; extra packages
 * bought again and again that a bigger plan or a better package would make cheaper; or a subscription
 * without any traffic for 60 days that could be terminated.
 */
public enum AdviceKind {
    PLAN, EXTRA_PACKAGES, IDLE;

    /** The kind named in a URL or API parameter, or null for none or an unknown one. */
    static AdviceKind parse(String value) {
        for (AdviceKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        return null;
    }
}

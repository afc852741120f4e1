package no.bedriftsportal.isolation;

import java.util.EnumSet;
import java.util.Set;

import no.bedriftsportal.isolation.Marker.Reach;

/**
 * The four kinds of attacker of issue #11.5 (the anonymous one twice on the operator API: without
 * a token and with a wrong one), and what of the victim's data each must never read. On the company
 * API each calls with a token of its own ({@link #apiToken()}).
 */
enum Attacker {
    OTHER_COMPANY("(a) a super user of another company"),
    OTHER_CUSTOMER_NUMBER("(b) a user of the victim company limited to another customer number, with every module"),
    WITHOUT_MODULE("(c) a user of the victim company with every customer number and only the dashboard (no invoices, not a super user)"),
    ANONYMOUS("(d) an anonymous client (with a CSRF token of its own session)"),
    WRONG_OPERATOR_TOKEN("(d) an anonymous client with a wrong operator token (a made-up company API token on /api/v1)"),
    EMPLOYEE("(e) an employee of the victim company without portal access, on their own page (#15)"),
    OPERATOR_STAFF("(f) a member of the operator's staff (#17.4): no company's user, the order queue only");

    private final String description;

    Attacker(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** What its company API token is, as {@link VictimCompanyMother} makes it. */
    String apiToken() {
        return switch (this) {
            case OTHER_COMPANY -> "a token of its own company with every scope";
            case OTHER_CUSTOMER_NUMBER -> "a token of the victim company limited to another customer number, with every scope";
            case WITHOUT_MODULE -> "a token of the victim company with only dashboard:read";
            case ANONYMOUS -> "no token";
            case WRONG_OPERATOR_TOKEN -> "a made-up bp_ token";
            case EMPLOYEE -> "no token: an employee has no company API";
            case OPERATOR_STAFF -> "no token: staff have no company API";
        };
    }

    /** The page a signed-in attacker starts from (and is still signed in to after the matrix). */
    String home() {
        return this == EMPLOYEE ? "/me" : this == OPERATOR_STAFF ? "/staff/orders" : "/";
    }

    boolean signedIn() {
        return this == OTHER_COMPANY || this == OTHER_CUSTOMER_NUMBER || this == WITHOUT_MODULE || this == EMPLOYEE
                || this == OPERATOR_STAFF;
    }

    /** The markers this attacker must not read in an answer from a route of this area. */
    Set<Reach> mustNotRead(Area area) {
        if (area == Area.OPERATOR_API) {
            return EnumSet.allOf(Reach.class);
        }
        return switch (this) {
            case OTHER_COMPANY, ANONYMOUS, WRONG_OPERATOR_TOKEN, OPERATOR_STAFF -> EnumSet.allOf(Reach.class);
            case OTHER_CUSTOMER_NUMBER -> EnumSet.of(Reach.CUSTOMER_NUMBER, Reach.INVOICES);
            // the company's name is on their own page; nothing of a colleague's or the administration's
            case EMPLOYEE -> EnumSet.of(Reach.CUSTOMER_NUMBER, Reach.INVOICES);
            case WITHOUT_MODULE -> area == Area.DASHBOARD || area == Area.OTHER || area == Area.COMPANY_API ? EnumSet.of(Reach.INVOICES)
                    : EnumSet.of(Reach.CUSTOMER_NUMBER, Reach.INVOICES);
        };
    }
}

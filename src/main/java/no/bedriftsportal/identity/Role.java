package no.bedriftsportal.identity;

/**
 * A super user sees every customer number and module and manages portal users (never their own
 * access); a user sees only what was granted and manages no one (S1).
 */
public enum Role {
    SUPER_USER, USER;

    public String authority() {
        return "ROLE_" + name();
    }
}

package no.bedriftsportal.shared.database;

import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The database role of portal requests (ADR 0010): it owns no table and may not bypass row-level
 * security. The embedded database creates it; an external one must have it (README "Production").
 *
 * @param user     its name ({@code PORTAL_DATABASE_PORTAL_ROLE_USER}, default {@code portal_app})
 * @param password its password, if the server asks for one
 * @param minIdle  connections its pool keeps open while idle
 */
@ConfigurationProperties("portal.database.portal-role")
record PortalRoleProperties(String user, String password, int minIdle) {

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    PortalRoleProperties {
        user = user == null || user.isBlank() ? "portal_app" : user;
        if (!ROLE_NAME.matcher(user).matches()) {
            throw new IllegalArgumentException("portal.database.portal-role.user must be a plain role name: " + user);
        }
        minIdle = minIdle <= 0 ? 2 : minIdle;
    }
}

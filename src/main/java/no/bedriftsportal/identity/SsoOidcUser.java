package no.bedriftsportal.identity;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The provider's user once matched to a person of the provider's company ({@link SsoClaimMatcher}):
 * what the OAuth2 login hands to {@link SsoLoginSuccess}, which makes of it the same session as the
 * SMS login. It lives for that one request; the session never keeps it.
 */
class SsoOidcUser extends DefaultOidcUser {

    private final transient LoginPerson person;
    private final String issuer;

    SsoOidcUser(OidcUser user, LoginPerson person, String issuer) {
        super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
        this.person = person;
        this.issuer = issuer;
    }

    LoginPerson person() {
        return person;
    }

    String issuer() {
        return issuer;
    }
}

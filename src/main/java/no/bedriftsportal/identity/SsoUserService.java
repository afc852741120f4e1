package no.bedriftsportal.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * The step of the OAuth2 login that turns a validated ID token (signature, issuer, audience, nonce
 * and expiry checked by Spring Security) into a person of the provider's company, or refuses it
 * ({@link SsoClaimMatcher}). A refusal is an authentication failure, so no session ever holds a
 * user the portal did not accept; the company's audit log gets it as a failed login.
 */
@Component
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String REFUSED = "sso_refused_";

    private final OidcUserService delegate = new OidcUserService();
    private final SsoProviderRepository providers;
    private final SsoClaimMatcher matcher;
    private final AuditLog audit;

    SsoUserService(SsoProviderRepository providers, SsoClaimMatcher matcher, AuditLog audit) {
        this.providers = providers;
        this.matcher = matcher;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        long companyId = SsoProvider.companyOf(request.getClientRegistration().getRegistrationId());
        String issuer = request.getClientRegistration().getProviderDetails().getIssuerUri();
        // before anyone is signed in: the person's number may be of any company (ADR 0010); the match keeps it to this one
        Optional<SsoProvider> provider = PortalRequestScope.crossCompany(() -> providers.find(companyId)).filter(SsoProvider::enabled);
        if (provider.isEmpty()) {
            throw refused("disabled");
        }
        SsoClaimMatcher.Result result = PortalRequestScope.crossCompany(
                () -> matcher.match(companyId, provider.get().matchClaim(), user.getClaims()));
        if (result instanceof SsoClaimMatcher.Result.Refused refused) {
            PortalRequestScope.crossCompany(() -> {
                auditRefusal(companyId, issuer, refused);
                return null;
            });
            throw refused(refused.reason());
        }
        return new SsoOidcUser(user, ((SsoClaimMatcher.Result.Matched) result).person(), issuer);
    }

    /** As the SMS login's failures: by the person's number when the claim was one, else by what was claimed. */
    private void auditRefusal(long companyId, String issuer, SsoClaimMatcher.Result.Refused refused) {
        String who = refused.claimed() == null ? "?" : Msisdn.parse(refused.claimed()).map(Msisdn::value).orElse(refused.claimed());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(AuditWords.VARIANT, "SSO_" + refused.reason());
        facts.put(AuditWords.ARGUMENTS, List.of(issuer, who));
        audit.recordFacts(companyId, who.length() > 100 ? who.substring(0, 100) : who, null, AuditAction.LOGIN_FAILED.name(), who,
                facts, clientAddress());
    }

    static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }

    private static OAuth2AuthenticationException refused(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error(REFUSED + reason), "single sign-on refused: " + reason);
    }
}

package no.bedriftsportal.isolation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Download;
import no.bedriftsportal.SsoHttpLogin;
import no.bedriftsportal.SsoTestProvider;
import no.bedriftsportal.SsoTestProvider.Person;
import no.bedriftsportal.shared.Msisdn;

/**
 * The attackers again, signed in through their company's own OpenID Connect provider instead of by
 * SMS (#18.5, X5): a real login through the tests' provider over HTTP ({@link SsoHttpLogin}), the
 * company's provider connected through the company API as a customer would. Their answers must be
 * judged exactly as the same person's after an SMS login.
 */
final class SsoAttackers implements AutoCloseable {

    private final int port;
    private final SsoTestProvider provider = SsoTestProvider.start();

    SsoAttackers(int port) {
        this.port = port;
    }

    /**
     * Connects the company's provider (matching by verified mobile number) with the company's own
     * API token, and signs {@code msisdn} in through it.
     *
     * @param who what the person types on the SSO page: the company's organisation number
     */
    PortalHttpClient signIn(Msisdn msisdn, long companyId, String companyApiToken, String who) {
        String clientId = "isolation-" + companyId;
        provider.client(clientId, "isolasjon-hemmelighet", "http://localhost:" + port + "/login/oauth2/code/company-" + companyId);
        CompanyApiClient.Response connected = new CompanyApiClient(port, companyApiToken).exchange("PUT", "/api/v1/settings/sso",
                "{\"issuer\": \"" + provider.issuer() + "\", \"clientId\": \"" + clientId + "\", \"clientSecret\": "
                        + "\"isolasjon-hemmelighet\", \"matchClaim\": \"PHONE_NUMBER\", \"enabled\": true}");
        if (connected.status() != 200) {
            throw new IllegalStateException("the provider was not connected: " + connected.status() + " " + connected.body());
        }
        Person person = provider.person(Person.withPhone("sso-" + msisdn.national(), msisdn.value(), true));
        SsoHttpLogin.Outcome outcome = new SsoHttpLogin(port).logIn(who, person);
        if (!outcome.signedIn()) {
            throw new IllegalStateException("the single sign-on of " + msisdn + " failed: " + outcome);
        }
        return new PortalHttpClient(port).header("Cookie", "SESSION=" + outcome.session());
    }

    /** Each route's verdict as a door gives it: refused (the status), sent to the login page, or answered. */
    static Map<String, String> doors(Map<String, Download> answers) {
        Map<String, String> doors = new LinkedHashMap<>();
        answers.forEach((route, answer) -> {
            String location = answer.header("Location");
            doors.put(route, answer.status() == 401 || answer.status() == 403 || answer.status() == 404 ? "refused " + answer.status()
                    : answer.status() == 302 && location != null && location.endsWith("/login") ? "to the login page"
                    : answer.status() == 302 && location != null && List.of("/me", "/staff/orders").contains(location) ? "to " + location
                    : answer.status() >= 500 ? "server error " + answer.status() : "answered");
        });
        return doors;
    }

    @Override
    public void close() {
        provider.close();
    }
}

package no.bedriftsportal.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Download;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.SoftwarePasskey;
import no.bedriftsportal.billing.InvoiceFilter;
import no.bedriftsportal.billing.Invoices;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.isolation.RouteCall.VictimCheck;
import no.bedriftsportal.isolation.VictimCompanyMother.Seeded;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Isolation as a test (issue #11.5): every route the running application has, called by each kind
 * of attacker with the ids, numbers and names of a seeded victim company, must not answer with
 * any of the victim's data (HTML, JSON, and the text of Excel and PDF files), must refuse where the
 * door says so, and must leave the victim's data as it was. A route missing from
 * {@link KnownRoutes} fails the test until it gets its line there. Its own database, as the
 * victim's invoice run spans all companies.
 */
@PortalIntegrationTest
@Import(VictimCompanyMother.class)
@TestPropertySource(properties = "portal.database.embedded.data-dir=target/test-postgres-route-isolation")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteIsolationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    VictimCompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    PortalUsers portalUsers;

    @Autowired
    Invoices invoices;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Clock clock;

    @Autowired
    Companies companies;

    Victim victim;
    Map<Attacker, PortalHttpClient> attackers = new EnumMap<>(Attacker.class);
    /** On the company API each attacker calls with its own token and no session ({@link Attacker#apiToken()}). */
    Map<Attacker, PortalHttpClient> apiCallers = new EnumMap<>(Attacker.class);
    String victimApiToken;
    /** The signed-in attackers' numbers and company API tokens, for signing them in again by passkey or single sign-on (#18.4, #18.5). */
    Seeded seeded;
    Set<String> routes;
    String victimsDataBefore;

    @BeforeAll
    void seedTheVictimAndSignTheAttackersIn() {
        seeded = mother.seed();
        victim = seeded.victim();
        seeded.attackers().forEach((kind, msisdn) -> {
            PortalHttpClient attacker = new PortalHttpClient(port);
            attacker.logIn(msisdn, outbox);
            attackers.put(kind, withCsrfToken(attacker, kind.home()));
        });
        attackers.put(Attacker.ANONYMOUS, withCsrfToken(new PortalHttpClient(port), "/login"));
        attackers.put(Attacker.WRONG_OPERATOR_TOKEN, new PortalHttpClient(port).header("Authorization", "Bearer wrong-" + OperatorApiClient.TOKEN));
        for (Attacker kind : Attacker.values()) {
            String token = seeded.apiTokens().get(kind);
            apiCallers.put(kind, token == null ? new PortalHttpClient(port) : bearer(token));
        }
        victimApiToken = seeded.victimApiToken();
        routes = HandlerRoutes.of(context);
        victimsDataBefore = victimsData();
    }

    @Test
    void everyRouteOfTheApplicationIsInTheTable() {
        Set<String> unknown = new TreeSet<>(routes);
        unknown.removeIf(KnownRoutes::knows);
        Set<String> gone = new TreeSet<>(KnownRoutes.all());
        gone.removeAll(routes);

        assertThat(unknown).as("routes the isolation test does not know how to call: add a line for each to KnownRoutes, "
                + "filling its path variables, parameters and body from the victim").isEmpty();
        assertThat(gone).as("routes in KnownRoutes the application no longer has: remove their lines").isEmpty();
    }

    @Test
    void theDemosRoutesDoNotExistOutsideTheDemo() {
        assertThat(routes).doesNotContainAnyElementsOf(KnownRoutes.DEMO_ONLY);
        for (String route : KnownRoutes.DEMO_ONLY) {
            String path = route.substring(route.indexOf(' ') + 1);
            assertThat(attackers.get(Attacker.OTHER_COMPANY).exchange("GET", path, null, null).status()).as(route).isEqualTo(404);
            Download anonymous = attackers.get(Attacker.ANONYMOUS).exchange("GET", path, null, null);
            assertThat(anonymous.status()).as(route).isEqualTo(302);
            assertThat(anonymous.header("Location")).as(route).endsWith("/login");
        }
    }

    @Test
    void theApiDescriptionIsNotServedOutsideTheDemo() {
        assertThat(routes).doesNotContainAnyElementsOf(KnownRoutes.API_DESCRIPTION);
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/index.html")) {
            for (Attacker attacker : List.of(Attacker.OTHER_COMPANY, Attacker.ANONYMOUS)) {
                Download answer = attackers.get(attacker).exchange("GET", path, null, null);
                assertThat(answer.status()).as(attacker + " " + path).isIn(302, 401, 403, 404);
            }
        }
    }

    /** The table's calls reach the victim's data when the victim makes them: a refusal to an attacker means something. */
    @Test
    void theVictimsOwnCallsReachItsData() {
        PortalHttpClient superUser = new PortalHttpClient(port);
        superUser.logIn(victim.superUser(), outbox);
        PortalHttpClient operator = new PortalHttpClient(port).header("Authorization", "Bearer " + OperatorApiClient.TOKEN);
        List<String> failures = new ArrayList<>();
        for (String route : callableRoutes()) {
            RouteCall call = KnownRoutes.call(route, victim);
            if (call.victimCheck() == VictimCheck.NOT_CALLED) {
                continue;
            }
            PortalHttpClient caller = switch (call.area()) {
                case OPERATOR_API -> operator;
                case COMPANY_API -> bearer(victimApiToken);
                default -> superUser;
            };
            Download answer = caller.exchange(call.method(), call.path(), call.contentType(), call.body());
            if (answer.status() >= 400 && !(answer.status() == 500 && call.serverErrorBecause() != null)) {
                failures.add(call + " as the victim: " + answer.status());
            } else if (call.victimCheck() == VictimCheck.SHOWS_MARKERS) {
                String text = ResponseText.of(answer);
                if (victim.markers().stream().noneMatch(marker -> !marker.echoedFrom(call.requestText()) && marker.foundIn(text))) {
                    failures.add(call + " as the victim: " + answer.status() + " shows none of the victim's markers");
                }
            }
        }
        assertThat(failures).as("the victim's own calls").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Attacker.class)
    void noAttackerReadsOrChangesTheVictimsData(Attacker kind) {
        PortalHttpClient attacker = attackers.get(kind);
        RouteVerdicts verdicts = new RouteVerdicts(kind, victim.markers());
        for (String route : callableRoutes()) {
            RouteCall call = KnownRoutes.call(route, victim);
            if (kind == Attacker.WRONG_OPERATOR_TOKEN && call.area() != Area.OPERATOR_API && call.area() != Area.COMPANY_API) {
                continue;
            }
            PortalHttpClient caller = call.area() == Area.COMPANY_API ? apiCallers.get(kind) : attacker;
            verdicts.judge(call, caller.exchange(call.method(), call.path(), call.contentType(), call.body()));
        }
        if (kind.signedIn()) {
            assertThat(attacker.get(kind.home()).status()).as(kind + " is still signed in after the matrix, so every call was theirs")
                    .isEqualTo(200);
        }

        assertThat(verdicts.failures()).as(kind.description()).isEmpty();
        assertThat(victimsData()).as("the victim's users, subscriptions, invoices and the clock after " + kind.description())
                .isEqualTo(victimsDataBefore);
    }

    /**
     * Access by passkey respects the same grants as the SMS login (#18.4): the attacker registers a passkey in their SMS
     * session (a software authenticator signing over HTTP, verified by Spring Security's WebAuthn support), logs in
     * with it in a new session, and that session gets the same verdicts on every route and the same status on every
     * page read as the SMS session.
     */
    @ParameterizedTest
    @EnumSource(value = Attacker.class, names = {"OTHER_COMPANY", "OTHER_CUSTOMER_NUMBER", "WITHOUT_MODULE"})
    void anAttackerSignedInByPasskeyGetsTheSameAnswersAsBySms(Attacker kind) {
        PortalHttpClient bySms = new PortalHttpClient(port);
        bySms.logIn(seeded.attackers().get(kind), outbox);
        withCsrfToken(bySms, "/account/passkeys");
        SoftwarePasskey passkey = SoftwarePasskey.forTests();
        assertThat(passkey.register(bySms, "Angriper").status()).as("registration").isEqualTo(200);
        PortalHttpClient byPasskey = new PortalHttpClient(port);
        assertThat(passkey.logIn(byPasskey).status()).as("passkey login").isEqualTo(200);
        withCsrfToken(byPasskey, kind.home());

        RouteVerdicts verdicts = new RouteVerdicts(kind, victim.markers());
        List<String> differences = new ArrayList<>();
        for (String route : callableRoutes()) {
            RouteCall call = KnownRoutes.call(route, victim);
            if (call.area() == Area.COMPANY_API || call.area() == Area.OPERATOR_API || route.contains(" /login")) {
                continue; // tokens, not sessions; the login pages change the session
            }
            Download answer = byPasskey.exchange(call.method(), call.path(), call.contentType(), call.body());
            verdicts.judge(call, answer);
            if (call.method().equals("GET")) {
                int bySmsStatus = bySms.exchange(call.method(), call.path(), call.contentType(), call.body()).status();
                if (bySmsStatus != answer.status()) {
                    differences.add(call + ": by SMS " + bySmsStatus + ", by passkey " + answer.status());
                }
            }
        }
        assertThat(byPasskey.get(kind.home()).status()).as(kind + " is still signed in by passkey after the matrix").isEqualTo(200);
        assertThat(verdicts.failures()).as(kind.description() + ", signed in by passkey").isEmpty();
        assertThat(differences).as(kind.description() + ": by passkey as by SMS").isEmpty();
        assertThat(victimsData()).isEqualTo(victimsDataBefore);
    }

    /**
     * Single sign-on (#18.5, X5): the same person, signed in through their company's own OpenID
     * Connect provider (a real login at the tests' provider over HTTP), meets exactly the doors their
     * SMS login meets on every page route, and reads nothing more.
     */
    @ParameterizedTest
    @EnumSource(value = Attacker.class, names = {"OTHER_COMPANY", "OTHER_CUSTOMER_NUMBER", "WITHOUT_MODULE", "EMPLOYEE"})
    void anAttackerSignedInBySsoMeetsTheDoorsOfTheirSmsLogin(Attacker kind) {
        Msisdn msisdn = seeded.attackers().get(kind);
        long companyId = subscriptions.latest(msisdn.value()).companyId();
        String companyToken = kind == Attacker.OTHER_COMPANY ? seeded.apiTokens().get(kind) : victimApiToken;
        PortalHttpClient bySms = new PortalHttpClient(port);
        bySms.logIn(msisdn, outbox);
        withCsrfToken(bySms, kind.home());
        try (SsoAttackers sso = new SsoAttackers(port)) {
            PortalHttpClient bySso = withCsrfToken(sso.signIn(msisdn, companyId, companyToken,
                    companies.get(companyId).orgNumber().value()), kind.home());
            Map<String, Download> smsAnswers = new LinkedHashMap<>();
            Map<String, Download> ssoAnswers = new LinkedHashMap<>();
            RouteVerdicts smsVerdicts = new RouteVerdicts(kind, victim.markers());
            RouteVerdicts ssoVerdicts = new RouteVerdicts(kind, victim.markers());
            for (String route : callableRoutes()) {
                RouteCall call = KnownRoutes.call(route, victim);
                if (call.area() == Area.OPERATOR_API || call.area() == Area.COMPANY_API || call.path().startsWith("/login")) {
                    continue; // no session opens the APIs; the login pages are everyone's
                }
                Download answer = bySms.exchange(call.method(), call.path(), call.contentType(), call.body());
                smsVerdicts.judge(call, answer);
                smsAnswers.put(route, answer);
                answer = bySso.exchange(call.method(), call.path(), call.contentType(), call.body());
                ssoVerdicts.judge(call, answer);
                ssoAnswers.put(route, answer);
            }
            assertThat(SsoAttackers.doors(ssoAnswers)).as(kind.description() + " by single sign-on")
                    .isEqualTo(SsoAttackers.doors(smsAnswers));
            assertThat(ssoVerdicts.failures()).as(kind.description() + " by single sign-on").isEmpty();
            assertThat(smsVerdicts.failures()).as(kind.description()).isEmpty();
            assertThat(bySso.get(kind.home()).status()).as(kind + " is still signed in by single sign-on").isEqualTo(200);
        }
        assertThat(victimsData()).as("the victim's data after " + kind.description() + " by single sign-on")
                .isEqualTo(victimsDataBefore);
    }

    /** The routes of the table the application has, the login last (it changes the caller's session). */
    private List<String> callableRoutes() {
        List<String> ordered = new ArrayList<>(KnownRoutes.all());
        ordered.retainAll(routes);
        ordered.sort((a, b) -> Boolean.compare(a.contains(" /login"), b.contains(" /login")));
        return ordered;
    }

    private String victimsData() {
        AccessScope scope = AccessScope.wholeCompany(victim.company().id());
        return portalUsers.list(victim.company().id()) + "\n" + subscriptions.list(scope) + "\n"
                + invoices.list(scope, InvoiceFilter.all()) + "\n" + clock.instant();
    }

    private PortalHttpClient bearer(String token) {
        return new PortalHttpClient(port).header("Authorization", "Bearer " + token);
    }

    private static PortalHttpClient withCsrfToken(PortalHttpClient client, String page) {
        assertThat(client.get(page).status()).as(page).isEqualTo(200);
        assertThat(client.hasCsrfToken()).as("a CSRF token of the attacker's own session from " + page).isTrue();
        return client;
    }
}

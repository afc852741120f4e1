package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.subscription.Subscriptions;

/** G2 and DOMAIN-RULES "Login by SMS", through the real pages over HTTP. */
@PortalIntegrationTest
class LoginIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    TestClock clock;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    JdbcClient jdbc;

    TestCompany company;
    Msisdn superUser;
    PortalHttpClient browser;

    @BeforeEach
    void companyWithASuperUser() {
        company = mother.company("Administrasjon");
        superUser = company.superUser();
        browser = new PortalHttpClient(port);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPortalUserLogsInWithTheCodeFromTheSmsAndGetsANewSession() {
        browser.get("/login");
        String sessionBeforeLogin = browser.sessionId();

        Page afterLogin = browser.logIn(superUser, outbox);

        assertThat(afterLogin.redirectsTo("/")).isTrue();
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(sessionBeforeLogin);
        Page dashboard = browser.get("/");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains(company.company().name(), "subscriptions-total");
    }

    @Test
    void requestsInFlightOnThePreLoginSessionNeverEndSignedInAndTheNewSessionLives() throws Exception {
        HttpClient planted = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int trial = 1; trial <= 4; trial++) {
                PortalHttpClient victim = new PortalHttpClient(port);
                requestCode(victim, superUser);
                victim.get("/login/code");
                String preLogin = victim.sessionId();
                String code = PortalHttpClient.latestCode(superUser, outbox);
                AtomicBoolean loggingIn = new AtomicBoolean(true);
                List<Future<Integer>> inFlight = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    inFlight.add(pool.submit(() -> {
                        int sent = 0;
                        while (loggingIn.get() || sent < 3) {
                            planted.send(withSession(preLogin, "/login/code"), HttpResponse.BodyHandlers.discarding());
                            sent++;
                        }
                        return sent;
                    }));
                }
                Thread.sleep(30);

                Page afterLogin = victim.post("/login/code", Map.of("code", code));
                Thread.sleep(50);
                loggingIn.set(false);
                for (Future<Integer> requests : inFlight) {
                    assertThat(requests.get(30, TimeUnit.SECONDS)).isPositive();
                }

                assertThat(afterLogin.redirectsTo("/")).as("trial %d: login", trial).isTrue();
                assertThat(victim.sessionId()).isNotEqualTo(preLogin);
                HttpResponse<String> withOldId = planted.send(withSession(preLogin, "/"), HttpResponse.BodyHandlers.ofString());
                assertThat(withOldId.statusCode()).as("trial %d: the pre-login id is not signed in", trial).isEqualTo(302);
                assertThat(withOldId.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
                assertThat(victim.get("/").status()).as("trial %d: the new id is signed in", trial).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpRequest withSession(String sessionId, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", "SESSION=" + sessionId)
                .header("Accept", "text/html").GET().build();
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheNumberHasAccess() {
        Msisdn unknown = CompanyMother.nextMsisdn();
        // a line without a holder (a router, a spare SIM) and without portal access: nobody to log in (#15.1)
        Msisdn subscriberWithoutAccess = company.lineWithoutHolder(0, "FRI_5");

        Page known = requestCode(new PortalHttpClient(port), superUser);
        Page notAUser = requestCode(new PortalHttpClient(port), subscriberWithoutAccess);
        Page nobody = requestCode(new PortalHttpClient(port), unknown);

        assertThat(known.status()).isEqualTo(302);
        assertThat(notAUser.status()).isEqualTo(known.status());
        assertThat(nobody.status()).isEqualTo(known.status());
        assertThat(notAUser.location()).isEqualTo(known.location());
        assertThat(nobody.location()).isEqualTo(known.location());
        assertThat(smsTo(superUser)).isEqualTo(1);
        assertThat(smsTo(subscriberWithoutAccess)).isZero();
        assertThat(smsTo(unknown)).isZero();
    }

    @Test
    void theCodePageSaysTheSameForEveryNumber() {
        PortalHttpClient stranger = new PortalHttpClient(port);
        requestCode(stranger, CompanyMother.nextMsisdn());
        requestCode(browser, superUser);

        String forStranger = withoutNumberAndTokens(stranger.get("/login/code").body());
        String forUser = withoutNumberAndTokens(browser.get("/login/code").body());
        assertThat(forStranger).isEqualTo(forUser);
    }

    @Test
    void onlyAUserWhoseOwnSubscriptionIsActiveGetsACode() {
        subscriptions.terminate(superUser.value(), no.bedriftsportal.shared.Oslo.today(clock));

        Page answer = requestCode(browser, superUser);

        assertThat(answer.redirectsTo("/login/code")).isTrue();
        assertThat(smsTo(superUser)).isZero();
    }

    @Test
    void aWrongCodeCountsDownAndTheFifthWrongTryEndsTheCode() {
        requestCode(browser, superUser);
        String code = PortalHttpClient.latestCode(superUser, outbox);
        String wrong = code.equals("000000") ? "111111" : "000000";
        browser.get("/login/code");

        for (int left = 4; left >= 1; left--) {
            Page page = browser.post("/login/code", Map.of("code", wrong));
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.body()).contains("Feil kode. Du har " + left + " forsøk igjen.");
        }
        Page fifth = browser.post("/login/code", Map.of("code", wrong));
        assertThat(fifth.redirectsTo("/login?expired")).isTrue();

        Page withRightCode = browser.post("/login/code", Map.of("code", code));
        assertThat(withRightCode.redirectsTo("/login")).isTrue();
        assertThat(browser.get("/").redirectsTo("/login")).isTrue();
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        requestCode(browser, superUser);
        String code = PortalHttpClient.latestCode(superUser, outbox);
        browser.get("/login/code");

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        Page late = browser.post("/login/code", Map.of("code", code));

        assertThat(late.redirectsTo("/login?expired")).isTrue();
        assertThat(browser.get("/").redirectsTo("/login")).isTrue();
    }

    @Test
    void aCodeThatIsNotSixDigitsIsExplainedWithoutCountingATry() {
        requestCode(browser, superUser);
        browser.get("/login/code");

        Page page = browser.post("/login/code", Map.of("code", "12ab"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Koden har 6 siffer.", "aria-invalid=\"true\"");
    }

    @Test
    void atMostFiveCodesPerNumberPerHourWhetherOrNotTheNumberExists() {
        Msisdn unknown = CompanyMother.nextMsisdn();
        for (int i = 0; i < 5; i++) {
            assertThat(requestCode(new PortalHttpClient(port), superUser).status()).isEqualTo(302);
            assertThat(requestCode(new PortalHttpClient(port), unknown).status()).isEqualTo(302);
        }

        Page sixthForUser = requestCode(new PortalHttpClient(port), superUser);
        Page sixthForUnknown = requestCode(new PortalHttpClient(port), unknown);

        assertThat(sixthForUser.status()).isEqualTo(429);
        assertThat(sixthForUnknown.status()).isEqualTo(429);
        assertThat(sixthForUser.body()).contains("for mange koder til dette nummeret");
        assertThat(sixthForUnknown.body()).contains("for mange koder til dette nummeret");
        assertThat(smsTo(superUser)).isEqualTo(5);

        clock.advance(Duration.ofMinutes(61));
        assertThat(requestCode(new PortalHttpClient(port), superUser).status()).isEqualTo(302);
    }

    @Test
    void codesAskedForFromElsewhereDoNotLockTheOwnerOut() {
        for (int i = 0; i < 5; i++) {
            PortalHttpClient attacker = new PortalHttpClient(port).header("X-Forwarded-For", "203.0.113.66");
            assertThat(requestCode(attacker, superUser).status()).isEqualTo(302);
        }
        Page sixth = requestCode(new PortalHttpClient(port).header("X-Forwarded-For", "203.0.113.66"), superUser);

        Page owner = requestCode(browser, superUser);

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.headers().get("retry-after")).isNotEmpty();
        assertThat(owner.redirectsTo("/login/code")).isTrue();
        assertThat(smsTo(superUser)).isEqualTo(6);
    }

    @Test
    void whenStrangersHaveUsedUpTheNumbersGlobalCapTheOwnersOwnBrowserStillGetsACode() {
        browser.logIn(superUser, outbox);
        browser.get("/");
        browser.post("/logout", Map.of());
        for (int i = 1; i < 20; i++) {
            assertThat(requestCode(new PortalHttpClient(port).header("X-Forwarded-For", "203.0.113." + i), superUser).status())
                    .isEqualTo(302);
        }

        Page stranger = requestCode(new PortalHttpClient(port).header("X-Forwarded-For", "198.51.100.1"), superUser);
        Page owner = requestCode(browser.header("X-Forwarded-For", "198.51.100.2"), superUser);

        assertThat(stranger.status()).isEqualTo(429);
        assertThat(stranger.body()).contains("for mange koder til dette nummeret");
        assertThat(owner.redirectsTo("/login/code")).isTrue();
        browser.get("/login/code");
        assertThat(browser.post("/login/code", Map.of("code", PortalHttpClient.latestCode(superUser, outbox))).redirectsTo("/"))
                .isTrue();
    }

    @Test
    void aMalformedNumberIsExplainedNextToTheField() {
        browser.get("/login");

        Page page = browser.post("/login", Map.of("msisdn", "22 33 44 55"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"msisdn-error\"", "aria-describedby=\"msisdn-hint msisdn-error\"",
                "Skriv et norsk mobilnummer med 8 siffer");
    }

    @Test
    void aSessionEndsTwelveHoursAfterLoginHoweverActive() {
        browser.logIn(superUser, outbox);
        assertThat(browser.get("/").status()).isEqualTo(200);

        clock.advance(Duration.ofHours(11).plusMinutes(50));
        assertThat(browser.get("/").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(11));

        assertThat(browser.get("/").redirectsTo("/login")).isTrue();
    }

    @Test
    void sessionsLiveInPostgresAndExpireAfterThirtyIdleMinutes() {
        browser.logIn(superUser, outbox);

        Integer maxInactive = jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
                .param("id", new String(java.util.Base64.getDecoder().decode(browser.sessionId()))).query(Integer.class).single();

        assertThat(maxInactive).isEqualTo(30 * 60);
    }

    @Test
    void logoutEndsTheSessionAndIsAudited() {
        browser.logIn(superUser, outbox);
        browser.get("/");

        Page loggedOut = browser.post("/logout", Map.of());

        assertThat(loggedOut.redirectsTo("/login?logout")).isTrue();
        assertThat(browser.get("/").redirectsTo("/login")).isTrue();
        assertThat(auditActions()).contains("LOGIN_CODE_SENT", "LOGIN_SUCCEEDED", "LOGOUT");
    }

    @Test
    void failedLoginsOfAPortalUserAreAudited() {
        requestCode(browser, superUser);
        browser.get("/login/code");
        String code = PortalHttpClient.latestCode(superUser, outbox);

        browser.post("/login/code", Map.of("code", code.equals("000000") ? "111111" : "000000"));

        assertThat(auditActions()).contains("LOGIN_FAILED");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        requestCode(browser, superUser);

        Page forged = browser.postWithoutCsrf("/login/code", Map.of("code", PortalHttpClient.latestCode(superUser, outbox)));

        assertThat(forged.status()).isEqualTo(403);
    }

    private static String withoutNumberAndTokens(String page) {
        return page.replaceAll("\\d{3} \\d{2} \\d{3}", "NUMBER").replaceAll("value=\"[^\"]+\"", "")
                .replaceAll("hx-headers=\"[^\"]*\"", "");
    }

    private Page requestCode(PortalHttpClient client, Msisdn msisdn) {
        client.get("/login");
        return client.post("/login", Map.of("msisdn", msisdn.display()));
    }

    private int smsTo(Msisdn msisdn) {
        return (int) outbox.latest(1000).stream()
                .filter(sms -> sms.to().equals(msisdn.value()) && sms.text().contains("engangskode")).count();
    }

    private java.util.List<String> auditActions() {
        return jdbc.sql("select action from audit_event where company_id = :companyId order by audit_event_id")
                .param("companyId", company.id()).query(String.class).list();
    }
}

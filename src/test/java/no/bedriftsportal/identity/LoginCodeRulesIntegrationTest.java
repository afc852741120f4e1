package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * The code rules below the pages: single use, hashing, and the limits (ADR 0003): per number and
 * address with a doubling wait, per address, and a global cap per number that never holds back
 * the owner's own device.
 */
@PortalIntegrationTest
class LoginCodeRulesIntegrationTest {

    @Autowired
    CompanyMother mother;

    @Autowired
    RequestLoginCode requestLoginCode;

    @Autowired
    VerifyLoginCode verifyLoginCode;

    @Autowired
    LoginProperties properties;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    no.bedriftsportal.customer.CompanyMessages companyMessages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoginChallengeRepository challenges;

    @Autowired
    PortalUsers portalUsers;

    @Autowired
    AuditLog audit;

    @Autowired
    LoginDevices devices;

    @Autowired
    OperatorStaff staff;

    @Autowired
    java.time.Clock clock;

    @AfterEach
    void realTime() {
        testClock().reset();
    }

    Msisdn superUser;

    @BeforeEach
    void superUser() {
        superUser = mother.company().superUser();
    }

    @Test
    void aCodeWorksOnce() {
        UUID challenge = issued(requestLoginCode.request(superUser, "192.0.2.10", null));
        String code = PortalHttpClient.latestCode(superUser, outbox);

        VerifyLoginCode.Result first = verifyLoginCode.verify(challenge, code, "192.0.2.10");
        VerifyLoginCode.Result second = verifyLoginCode.verify(challenge, code, "192.0.2.10");

        assertThat(first).isInstanceOf(VerifyLoginCode.Result.SignedIn.class);
        assertThat(second).isInstanceOf(VerifyLoginCode.Result.NeedsNewCode.class);
    }

    @Test
    void onlyAHashOfTheCodeIsStored() {
        UUID challenge = issued(requestLoginCode.request(superUser, "192.0.2.11", null));
        String code = PortalHttpClient.latestCode(superUser, outbox);

        byte[] stored = jdbc.sql("select code_hash from login_challenge where challenge_id = :id").param("id", challenge)
                .query(byte[].class).single();

        assertThat(stored).hasSize(32).isEqualTo(OneTimeCodes.hash(challenge, code));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(code);
        assertThat(jdbc.sql("select count(*) from login_challenge where cast(code_hash as text) like :code")
                .param("code", "%" + code + "%").query(Integer.class).single()).isZero();
    }

    @Test
    void aCodeFromOneChallengeDoesNotOpenAnother() {
        issued(requestLoginCode.request(superUser, "192.0.2.12", null));
        String firstCode = PortalHttpClient.latestCode(superUser, outbox);
        UUID second = issued(requestLoginCode.request(superUser, "192.0.2.12", null));
        String secondCode = PortalHttpClient.latestCode(superUser, outbox);

        if (!firstCode.equals(secondCode)) {
            assertThat(verifyLoginCode.verify(second, firstCode, "192.0.2.12")).isInstanceOf(VerifyLoginCode.Result.WrongCode.class);
        }
        assertThat(verifyLoginCode.verify(second, secondCode, "192.0.2.12")).isInstanceOf(VerifyLoginCode.Result.SignedIn.class);
    }

    @Test
    void codesAreLimitedPerClientAddressAcrossNumbers() {
        RequestLoginCode strict = requestLoginCode(5, 3, Duration.ZERO, 20);
        // an address of a block no other test uses (198.18.0.0/15): the addresses the others use (198.51.100.1, .2, .7,
        // .21 …) made a random one in 198.51.100.0/24 collide now and then, refused before its fourth code
        String address = "198.18." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "."
                + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);

        for (int i = 0; i < 3; i++) {
            assertThat(strict.request(CompanyMother.nextMsisdn(), address, null)).isInstanceOf(RequestLoginCode.Result.Issued.class);
        }
        RequestLoginCode.Result fourth = strict.request(superUser, address, null);
        RequestLoginCode.Result elsewhere = strict.request(CompanyMother.nextMsisdn(), "203.0.113.9", null);

        assertThat(refusal(fourth)).isEqualTo("login.error.tooManyCodesFromAddress");
        assertThat(elsewhere).isInstanceOf(RequestLoginCode.Result.Issued.class);
    }

    @Test
    void eachNewCodeForANumberFromOneAddressWaitsTwiceAsLong() {
        RequestLoginCode strict = requestLoginCode(20, 100, Duration.ofSeconds(30), 20);
        String address = "198.51.100.21";

        assertThat(strict.request(superUser, address, null)).isInstanceOf(RequestLoginCode.Result.Issued.class);
        RequestLoginCode.Result atOnce = strict.request(superUser, address, null);
        testClock().advance(Duration.ofSeconds(30));
        RequestLoginCode.Result after30s = strict.request(superUser, address, null);
        testClock().advance(Duration.ofSeconds(59));
        RequestLoginCode.Result after59s = strict.request(superUser, address, null);
        testClock().advance(Duration.ofSeconds(1));
        RequestLoginCode.Result after60s = strict.request(superUser, address, null);

        assertThat(refusal(atOnce)).isEqualTo("login.error.waitForNewCode");
        assertThat(((RequestLoginCode.Result.Refused) atOnce).retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(after30s).isInstanceOf(RequestLoginCode.Result.Issued.class);
        assertThat(refusal(after59s)).isEqualTo("login.error.waitForNewCode");
        assertThat(((RequestLoginCode.Result.Refused) after59s).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(after60s).isInstanceOf(RequestLoginCode.Result.Issued.class);
        assertThat(refusal(strict.request(CompanyMother.nextMsisdn(), address, null))).as("another number").isNull();
    }

    @Test
    void strangersElsewhereCannotLockTheOwnerOut() {
        RequestLoginCode strict = requestLoginCode(5, 100, Duration.ofSeconds(30), 20);
        String attacker = "203.0.113.66";
        for (int i = 0; i < 5; i++) {
            assertThat(strict.request(superUser, attacker, null)).isInstanceOf(RequestLoginCode.Result.Issued.class);
            testClock().advance(Duration.ofMinutes(5));
        }

        assertThat(refusal(strict.request(superUser, attacker, null))).isEqualTo("login.error.tooManyCodesForNumber");
        assertThat(strict.request(superUser, "192.0.2.77", null)).isInstanceOf(RequestLoginCode.Result.Issued.class);
    }

    @Test
    void theGlobalCapStopsSmsPumpingButNeverTheOwnersOwnDevice() {
        RequestLoginCode strict = requestLoginCode(5, 100, Duration.ofSeconds(30), 4);
        String ownersDevice = devices.loggedIn(null, superUser);
        for (int i = 1; i <= 4; i++) {
            assertThat(strict.request(superUser, "203.0.113." + i, null)).isInstanceOf(RequestLoginCode.Result.Issued.class);
        }

        RequestLoginCode.Result stranger = strict.request(superUser, "203.0.113.5", null);
        RequestLoginCode.Result strangerWithAForgedDevice = strict.request(superUser, "203.0.113.6", "not-a-device");
        RequestLoginCode.Result owner = strict.request(superUser, "198.51.100.7", ownersDevice);
        RequestLoginCode.Result ownerAgainAtOnce = strict.request(superUser, "198.51.100.7", ownersDevice);

        assertThat(refusal(stranger)).isEqualTo("login.error.tooManyCodesForNumber");
        assertThat(refusal(strangerWithAForgedDevice)).isEqualTo("login.error.tooManyCodesForNumber");
        assertThat(owner).isInstanceOf(RequestLoginCode.Result.Issued.class);
        assertThat(refusal(ownerAgainAtOnce)).as("the owner's device has its own limit and wait").isEqualTo("login.error.waitForNewCode");
        assertThat(devices.known(ownersDevice, CompanyMother.nextMsisdn())).as("a device is known for its own number only").isEmpty();
    }

    private RequestLoginCode requestLoginCode(int perNumberAndAddress, int perAddress, Duration backoff, int globalPerNumber) {
        LoginProperties strict = new LoginProperties(properties.codeValidity(), properties.maxAttemptsPerCode(),
                perNumberAndAddress, perAddress, properties.absoluteSessionTimeout(), backoff, globalPerNumber);
        return new RequestLoginCode(challenges, portalUsers, outbox, audit, devices, strict, staff, clock, companyMessages);
    }

    private TestClock testClock() {
        return (TestClock) clock;
    }

    private static String refusal(RequestLoginCode.Result result) {
        return result instanceof RequestLoginCode.Result.Refused refused ? refused.messageKey() : null;
    }

    private static UUID issued(RequestLoginCode.Result result) {
        assertThat(result).isInstanceOf(RequestLoginCode.Result.Issued.class);
        return ((RequestLoginCode.Result.Issued) result).challengeId();
    }
}

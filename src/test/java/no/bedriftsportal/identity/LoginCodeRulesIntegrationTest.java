package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/** The code rules below the pages: single use, hashing, and the limit per client address. */
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
    JdbcClient jdbc;

    @Autowired
    LoginChallengeRepository challenges;

    @Autowired
    PortalUsers portalUsers;

    @Autowired
    AuditLog audit;

    @Autowired
    java.time.Clock clock;

    Msisdn superUser;

    @BeforeEach
    void superUser() {
        superUser = mother.company().superUser();
    }

    @Test
    void aCodeWorksOnce() {
        UUID challenge = issued(requestLoginCode.request(superUser, "192.0.2.10"));
        String code = PortalHttpClient.latestCode(superUser, outbox);

        VerifyLoginCode.Result first = verifyLoginCode.verify(challenge, code, "192.0.2.10");
        VerifyLoginCode.Result second = verifyLoginCode.verify(challenge, code, "192.0.2.10");

        assertThat(first).isInstanceOf(VerifyLoginCode.Result.SignedIn.class);
        assertThat(second).isInstanceOf(VerifyLoginCode.Result.NeedsNewCode.class);
    }

    @Test
    void onlyAHashOfTheCodeIsStored() {
        UUID challenge = issued(requestLoginCode.request(superUser, "192.0.2.11"));
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
        issued(requestLoginCode.request(superUser, "192.0.2.12"));
        String firstCode = PortalHttpClient.latestCode(superUser, outbox);
        UUID second = issued(requestLoginCode.request(superUser, "192.0.2.12"));
        String secondCode = PortalHttpClient.latestCode(superUser, outbox);

        if (!firstCode.equals(secondCode)) {
            assertThat(verifyLoginCode.verify(second, firstCode, "192.0.2.12")).isInstanceOf(VerifyLoginCode.Result.WrongCode.class);
        }
        assertThat(verifyLoginCode.verify(second, secondCode, "192.0.2.12")).isInstanceOf(VerifyLoginCode.Result.SignedIn.class);
    }

    @Test
    void codesAreLimitedPerClientAddressAcrossNumbers() {
        LoginProperties threePerAddress = new LoginProperties(properties.codeValidity(), properties.maxAttemptsPerCode(),
                properties.maxCodesPerNumberPerHour(), 3, properties.absoluteSessionTimeout());
        RequestLoginCode strict = new RequestLoginCode(challenges, portalUsers, outbox, audit, threePerAddress, clock);
        String address = "198.51.100." + (System.nanoTime() % 250);

        for (int i = 0; i < 3; i++) {
            assertThat(strict.request(CompanyMother.nextMsisdn(), address)).isInstanceOf(RequestLoginCode.Result.Issued.class);
        }
        RequestLoginCode.Result fourth = strict.request(superUser, address);
        RequestLoginCode.Result elsewhere = strict.request(CompanyMother.nextMsisdn(), "203.0.113.9");

        assertThat(fourth).isEqualTo(new RequestLoginCode.Result.Refused("login.error.tooManyCodesFromAddress"));
        assertThat(elsewhere).isInstanceOf(RequestLoginCode.Result.Issued.class);
    }

    private static UUID issued(RequestLoginCode.Result result) {
        assertThat(result).isInstanceOf(RequestLoginCode.Result.Issued.class);
        return ((RequestLoginCode.Result.Issued) result).challengeId();
    }
}

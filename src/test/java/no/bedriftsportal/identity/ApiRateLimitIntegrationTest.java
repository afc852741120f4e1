package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyApiClient.Response;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * The company API's rate limits (#13.1) at their defaults (the other tests run unlimited, their
 * clock standing still): a token's burst of 20, then 429 with Retry-After until the bucket refills
 * at 60 a minute; and 20 wrong tokens a minute from one address, after which it is refused even
 * with a good one, while other addresses are not.
 */
@PortalIntegrationTest
class ApiRateLimitIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother companies;

    @Autowired
    ApiTokenMother apiTokens;

    @Autowired
    ApiRateLimiter limiter;

    @Autowired
    ApiRateLimitProperties configured;

    @Autowired
    TestClock clock;

    @BeforeEach
    void defaults() {
        limiter.use(ApiRateLimitProperties.defaults());
    }

    @AfterEach
    void asConfigured() {
        limiter.use(configured);
        clock.reset();
    }

    @Test
    void aTokenGetsItsBurstThen429WithRetryAfterAndAgainAfterTimePasses() {
        TestCompany company = companies.company("Salg");
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));
        CompanyApiClient otherToken = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));

        for (int call = 1; call <= 20; call++) {
            Response answer = api.get("/api/v1/company");
            assertThat(answer.status()).as("call %d", call).isEqualTo(200);
            assertThat(answer.header("RateLimit-Limit")).isEqualTo("60");
            assertThat(answer.header("RateLimit-Remaining")).isEqualTo(String.valueOf(20 - call));
        }
        Response over = api.get("/api/v1/company");

        assertThat(over.status()).isEqualTo(429);
        assertThat(over.header("Content-Type")).startsWith("application/problem+json");
        assertThat(over.header("Retry-After")).isEqualTo("1");
        assertThat(over.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(over.<String>json("$.detail")).contains("60 calls a minute");
        assertThat(over.<String>json("$.correlationId")).isNotBlank();
        assertThat(over.body()).doesNotContain(company.company().name());
        assertThat(otherToken.get("/api/v1/company").status()).as("each token has its own bucket").isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        assertThat(api.get("/api/v1/company").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/company").status()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(1));
        for (int call = 1; call <= 20; call++) {
            assertThat(api.get("/api/v1/company").status()).as("after a minute, call %d", call).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/company").status()).isEqualTo(429);
    }

    @Test
    void anAddressThatSendsTwentyWrongTokensIsRefusedForAWhileOthersAreNot() {
        TestCompany company = companies.company("Salg");
        String good = apiTokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ);
        Map<String, String> guesser = Map.of("X-Forwarded-For", "203.0.113.77");
        Map<String, String> elsewhere = Map.of("X-Forwarded-For", "198.51.100.77");

        for (int guess = 0; guess < 20; guess++) {
            assertThat(new CompanyApiClient(port, "bp_" + "G".repeat(40) + String.format("%03d", guess)).get("/api/v1/company", guesser)
                    .status()).isEqualTo(401);
        }
        Response blocked = new CompanyApiClient(port, "bp_" + "H".repeat(43)).get("/api/v1/company", guesser);
        Response goodFromGuesser = new CompanyApiClient(port, good).get("/api/v1/company", guesser);
        Response goodFromElsewhere = new CompanyApiClient(port, good).get("/api/v1/company", elsewhere);

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Integer.parseInt(blocked.header("Retry-After"))).isBetween(1, 60);
        assertThat(goodFromGuesser.status()).isEqualTo(429);
        assertThat(goodFromElsewhere.status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        assertThat(new CompanyApiClient(port, good).get("/api/v1/company", guesser).status()).isEqualTo(200);
    }
}

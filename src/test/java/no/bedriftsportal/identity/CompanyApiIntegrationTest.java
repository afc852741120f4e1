package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyApiClient.Response;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Sha256;
import no.bedriftsportal.shared.api.ApiScope;

/** The company API's door and its first two routes (#13.1, #13.2): tokens, scopes, customer numbers, problems, paging, ETags. */
@PortalIntegrationTest
class CompanyApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother companies;

    @Autowired
    ApiTokenMother apiTokens;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTokenReadsItsOwnCompanyWithoutSessionOrCookie() {
        TestCompany company = companies.company("Salg");
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));

        Response answer = api.get("/api/v1/company");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.<String>json("$.orgNumber")).isEqualTo(company.company().orgNumber().value());
        assertThat(answer.<String>json("$.name")).isEqualTo(company.company().name());
        assertThat(answer.<Integer>json("$.paymentTermsDays")).isEqualTo(company.company().paymentTermsDays());
        assertThat(answer.header("Set-Cookie")).isNull();
        assertThat(answer.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void noUnknownRevokedOrExpiredTokenGetsIn() {
        TestCompany company = companies.company("Salg");
        String revoked = apiTokens.tokenFor(company.id(), ApiScope.values());
        ApiToken revokedToken = tokens.list(company.id()).get(0);
        tokens.revoke(company.id(), revokedToken.id(), apiTokens.creator(company.id()));
        String expiring = apiTokens.created(company.id(), null, clock.instant().plus(Duration.ofHours(1)), ApiScope.values()).secret();
        assertThat(new CompanyApiClient(port, expiring).get("/api/v1/company").status()).isEqualTo(200);
        clock.advance(Duration.ofHours(1));

        for (String secret : new String[] {null, "bp_" + "A".repeat(43), "not-even-bp", revoked, expiring}) {
            Response answer = new CompanyApiClient(port, secret).get("/api/v1/company");
            assertThat(answer.status()).as(String.valueOf(secret)).isEqualTo(401);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer realm=\"company\"");
            assertThat(answer.<String>json("$.correlationId")).isNotBlank();
            assertThat(answer.body()).doesNotContain(company.company().name());
            assertThat(answer.header("Set-Cookie")).isNull();
        }
        assertThat(tokens.list(company.id())).filteredOn(token -> token.id() == revokedToken.id())
                .singleElement().satisfies(token -> assertThat(token.revokedAt()).isNotNull());
    }

    @Test
    void aScopeTheTokenLacksIs403AndUnknownRoutesAndMethodsAreProblems() {
        TestCompany company = companies.company("Salg");
        CompanyApiClient dashboardOnly = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));
        CompanyApiClient everything = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.values()));

        Response forbidden = dashboardOnly.get("/api/v1/invoices/x");
        Response portalUsers = dashboardOnly.get("/api/v1/portal-users");
        Response unknown = everything.get("/api/v1/invoices/x");
        Response nowhere = everything.get("/api/v1/nowhere");
        Response wrongMethod = everything.exchange("POST", "/api/v1/company", "{}");

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("Content-Type")).startsWith("application/problem+json");
        assertThat(forbidden.<String>json("$.detail")).contains("invoices:read");
        assertThat(forbidden.<String>json("$.correlationId")).isNotBlank();
        assertThat(portalUsers.status()).isEqualTo(403);
        assertThat(portalUsers.<String>json("$.detail")).contains("access:read");
        for (Response problem : List.of(unknown, nowhere)) {
            assertThat(problem.status()).isEqualTo(404);
            assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
            assertThat(problem.<String>json("$.correlationId")).isNotBlank();
        }
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");
    }

    /** ADR 0010 and 0013: the token is found across companies, the route then reads on the portal role with the token's company set. */
    @Test
    void theRouteReadsOnThePortalRoleWithTheTokensCompanySet() {
        TestCompany company = companies.company("Salg");
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));

        assertThat(api.get("/api/v1/customer-accounts").<List<String>>json("$.items[*].number"))
                .as("rows are seen: the company is set, or the wall would show none").containsExactly(company.account(0).number());
        jdbc.sql("revoke select on customer_account from portal_app").update();
        try {
            Response refused = api.get("/api/v1/customer-accounts");
            assertThat(refused.status()).as("the route reads as portal_app").isEqualTo(500);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.<String>json("$.correlationId")).isNotBlank();
            assertThat(refused.body()).doesNotContain("customer_account", "permission");
        } finally {
            jdbc.sql("grant select on customer_account to portal_app").update();
        }
        assertThat(api.get("/api/v1/customer-accounts").status()).isEqualTo(200);
    }

    @Test
    void aTokenLimitedToOneCustomerNumberSeesOnlyThatOne() {
        TestCompany company = companies.company("Salg", "Drift");
        String limited = apiTokens.tokenFor(company.id(), Set.of(company.account(1).id()), ApiScope.DASHBOARD_READ);

        Response answer = new CompanyApiClient(port, limited).get("/api/v1/customer-accounts");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.<List<String>>json("$.items[*].number")).containsExactly(company.account(1).number());
        assertThat(answer.<String>json("$.items[0].name")).isEqualTo("Drift");
        assertThat(answer.<Object>json("$.nextCursor")).isNull();
    }

    @Test
    void anotherCompanysTokenNeverSeesThisCompany() {
        TestCompany victim = companies.company("Salg", "Drift");
        TestCompany other = companies.company("Lager");
        CompanyApiClient others = new CompanyApiClient(port, apiTokens.tokenFor(other.id(), ApiScope.values()));

        Response company = others.get("/api/v1/company");
        Response accounts = others.get("/api/v1/customer-accounts");

        assertThat(company.<String>json("$.orgNumber")).isEqualTo(other.company().orgNumber().value());
        assertThat(company.body()).doesNotContain(victim.company().orgNumber().value(), victim.company().name());
        assertThat(accounts.<List<String>>json("$.items[*].number")).containsExactly(other.account(0).number());
        assertThat(accounts.body()).doesNotContain(victim.account(0).number(), victim.account(1).number());
    }

    @Test
    void listsArePagedByCursorWithLimitsAndAnEtag() {
        TestCompany company = companies.company("Salg", "Drift", "Lager");
        CompanyApiClient api = new CompanyApiClient(port, apiTokens.tokenFor(company.id(), ApiScope.DASHBOARD_READ));
        List<String> numbers = List.of(company.account(0).number(), company.account(1).number(), company.account(2).number())
                .stream().sorted().toList();

        Response first = api.get("/api/v1/customer-accounts?limit=2");
        Response second = api.get("/api/v1/customer-accounts?limit=2&cursor=" + first.<String>json("$.nextCursor"));
        Response badCursor = api.get("/api/v1/customer-accounts?cursor=!!not-ours!!");
        Response tooMany = api.get("/api/v1/customer-accounts?limit=501");
        Response all = api.get("/api/v1/customer-accounts");
        Response unchanged = api.get("/api/v1/customer-accounts", Map.of("If-None-Match", all.header("ETag")));

        assertThat(first.<List<String>>json("$.items[*].number")).containsExactlyElementsOf(numbers.subList(0, 2));
        assertThat(second.<List<String>>json("$.items[*].number")).containsExactly(numbers.get(2));
        assertThat(second.<Object>json("$.nextCursor")).isNull();
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.<String>json("$.errors[0].field")).isEqualTo("cursor");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.<String>json("$.errors[0].field")).isEqualTo("limit");
        assertThat(all.<List<String>>json("$.items[*].number")).containsExactlyElementsOf(numbers);
        assertThat(all.header("ETag")).isNotBlank();
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsHashIsKept() {
        TestCompany company = companies.company("Salg");
        CreatedToken created = apiTokens.created(company.id(), null, null, ApiScope.INVOICES_READ);

        String row = jdbc.sql("select row_to_json(t)::text from api_token t where api_token_id = :id")
                .param("id", created.token().id()).query(String.class).single();
        byte[] hash = jdbc.sql("select token_hash from api_token where api_token_id = :id")
                .param("id", created.token().id()).query(byte[].class).single();

        assertThat(created.secret()).matches("bp_[A-Za-z0-9_-]{43}");
        assertThat(row).doesNotContain(created.secret(), created.secret().substring(8));
        assertThat(hash).isEqualTo(Sha256.of(created.secret()));
        assertThat(HexFormat.of().formatHex(hash)).isNotEqualTo(created.secret());
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 8));
        assertThat(created.toString()).doesNotContain(created.secret());
    }

    @Test
    void useIsRecordedAtMostOnceAMinute() {
        TestCompany company = companies.company("Salg");
        CreatedToken created = apiTokens.created(company.id(), null, null, ApiScope.DASHBOARD_READ);
        CompanyApiClient api = new CompanyApiClient(port, created.secret());

        api.get("/api/v1/company");
        Instant firstUse = lastUsed(company.id(), created.token().id());
        clock.advance(Duration.ofSeconds(30));
        api.get("/api/v1/company");
        Instant withinTheMinute = lastUsed(company.id(), created.token().id());
        clock.advance(Duration.ofSeconds(45));
        api.get("/api/v1/company");

        assertThat(firstUse).isEqualTo(TestClock.START);
        assertThat(withinTheMinute).isEqualTo(firstUse);
        assertThat(lastUsed(company.id(), created.token().id())).isEqualTo(TestClock.START.plusSeconds(75));
    }

    @Test
    void aTokenNeedsANameScopesAndTheCompanysOwnCustomerNumbers() {
        TestCompany company = companies.company("Salg");
        TestCompany other = companies.company("Lager");
        long creator = apiTokens.creator(company.id());

        assertThatThrownBy(() -> tokens.create(company.id(), creator, " ", Set.of(ApiScope.DASHBOARD_READ), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> tokens.create(company.id(), creator, "x".repeat(61), Set.of(ApiScope.DASHBOARD_READ), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> tokens.create(company.id(), creator, "Lønn\u0000", Set.of(ApiScope.DASHBOARD_READ), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> tokens.create(company.id(), creator, "Lønn", Set.of(), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("scopes"));
        assertThatThrownBy(() -> tokens.create(company.id(), creator, "Lønn", Set.of(ApiScope.DASHBOARD_READ),
                Set.of(other.account(0).id()), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("customerAccountIds"));
        assertThatThrownBy(() -> tokens.create(company.id(), creator, "Lønn", Set.of(ApiScope.DASHBOARD_READ), null,
                clock.instant()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("expiresAt"));
        assertThat(tokens.list(company.id())).isEmpty();
    }

    private Instant lastUsed(long companyId, long tokenId) {
        return tokens.list(companyId).stream().filter(token -> token.id() == tokenId).findFirst().orElseThrow().lastUsedAt();
    }
}

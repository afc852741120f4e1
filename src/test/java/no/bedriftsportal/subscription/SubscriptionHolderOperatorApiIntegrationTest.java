package no.bedriftsportal.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.OperatorApiClient.Response;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.shared.Oslo;

/** PUT /api/operator/subscriptions/{msisdn}/holder and the holder history in GET (#14). */
@PortalIntegrationTest
class SubscriptionHolderOperatorApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    OperatorApiClient operator;
    String orgNumber;
    String path;
    OffsetDateTime fifteenth;

    @BeforeEach
    void aSubscriptionHeldByEmployeeSevenSinceThreeMonthsAgo() {
        operator = new OperatorApiClient(port);
        LocalDate today = Oslo.today(clock);
        orgNumber = CompanyMother.nextOrgNumber();
        operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\", \"name\": \"Linjebygg AS\"}".formatted(orgNumber));
        String customerNumber = operator.post("/api/operator/companies/" + orgNumber + "/customer-accounts",
                "{\"name\": \"Montasje\"}").json("$.number");
        operator.post("/api/operator/companies/" + orgNumber + "/employees", "{\"name\": \"Siri Vik\", \"employeeNumber\": \"7\"}");
        operator.post("/api/operator/companies/" + orgNumber + "/employees", "{\"name\": \"Ola Nordmann\", \"employeeNumber\": \"8\"}");
        String msisdn = CompanyMother.nextMsisdn().value();
        operator.post("/api/operator/companies/" + orgNumber + "/subscriptions", """
                {"msisdn": "%s", "planCode": "FRI_5", "customerNumber": "%s", "employeeNumber": "7", "activeFrom": "%s"}"""
                .formatted(msisdn, customerNumber, today.minusMonths(3)));
        path = "/api/operator/subscriptions/" + msisdn;
        fifteenth = YearMonth.from(today).minusMonths(1).atDay(15).atStartOfDay(Oslo.ZONE).toOffsetDateTime();
    }

    @Test
    void movesTheLineToAnotherEmployeeFromAMomentAndShowsTheHistory() {
        Response moved = operator.put(path + "/holder", "{\"employeeNumber\": \"8\", \"effectiveFrom\": \"%s\"}".formatted(fifteenth));

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.<String>json("$.employeeNumber")).isEqualTo("8");
        Response read = operator.get(path);
        assertThat(read.<String>json("$.employeeNumber")).isEqualTo("8");
        List<String> holders = read.json("$.holders[*].employeeNumber");
        assertThat(holders).containsExactly("7", "8");
        assertThat(OffsetDateTime.parse(read.<String>json("$.holders[1].effectiveFrom")).toInstant()).isEqualTo(fifteenth.toInstant());
        assertThat(read.<String>json("$.holders[1].changedBy")).isEqualTo("operator");
    }

    @Test
    void byEmployeeIdOrToNoOneNow() {
        List<Integer> ids = operator.get("/api/operator/companies/" + orgNumber + "/employees").json("$[?(@.employeeNumber == '8')].id");

        Response byId = operator.put(path + "/holder", "{\"employeeId\": %d, \"effectiveFrom\": \"%s\"}".formatted(ids.get(0), fifteenth));
        Response noOne = operator.put(path + "/holder", "{}");

        assertThat(byId.<String>json("$.employeeNumber")).isEqualTo("8");
        assertThat(noOne.status()).as(noOne.body()).isEqualTo(200);
        assertThat(noOne.<String>json("$.employeeNumber")).isNull();
        assertThat(Instant.parse(noOne.<String>json("$.holders[2].recordedAt"))).isEqualTo(clock.instant());
        assertThat(OffsetDateTime.parse(noOne.<String>json("$.holders[2].effectiveFrom")).toInstant()).isEqualTo(clock.instant());
    }

    @Test
    void refusesAnUnknownOrForeignEmployeeAndAMomentOutsideTheSubscription() {
        String other = CompanyMother.nextOrgNumber();
        operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\", \"name\": \"Andre AS\"}".formatted(other));
        int stranger = operator.post("/api/operator/companies/" + other + "/employees", "{\"name\": \"Fremmed\", \"employeeNumber\": \"9\"}")
                .json("$.id");

        assertField(operator.put(path + "/holder", "{\"employeeNumber\": \"9\"}"), 400, "employeeNumber");
        assertField(operator.put(path + "/holder", "{\"employeeId\": %d}".formatted(stranger)), 400, "employeeId");
        assertField(operator.put(path + "/holder", "{\"employeeNumber\": \"8\", \"employeeId\": 1}"), 400, "employeeNumber");
        assertField(operator.put(path + "/holder", "{\"employeeNumber\": \"8\", \"effectiveFrom\": \"2020-01-01T00:00:00+01:00\"}"),
                400, "effectiveFrom");
        assertThat(operator.put("/api/operator/subscriptions/" + CompanyMother.nextMsisdn().value() + "/holder", "{}").status())
                .isEqualTo(404);
        List<String> holders = operator.get(path).json("$.holders[*].employeeNumber");
        assertThat(holders).containsExactly("7");
    }

    private static void assertField(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.<String>json("$.errors[0].field")).isEqualTo(field);
    }
}

package no.bedriftsportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.OperatorApiClient.Response;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;

/**
 * Issue #10, point 10: an integrator plays a month through with the test clock, on its own
 * database (invoice runs span all companies): the subscription is billed by the run the clock
 * reaches on the 1st, and the invoice falls overdue when the clock passes its due date.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.database.embedded.data-dir=target/test-postgres-clock")
class TestClockOperatorApiIntegrationTest {

    private static final String CLOCK = "/api/operator/test/clock";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Test
    void aMonthIsPlayedThroughTheInvoiceRunOnTheFirstAndTheDueDate() {
        clock.set(Instant.parse("2027-01-20T11:00:00Z"));
        OperatorApiClient operator = new OperatorApiClient(port);
        String org = CompanyMother.nextOrgNumber();
        operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\", \"name\": \"Klokke AS\"}".formatted(org));
        String customerNumber = operator.post("/api/operator/companies/" + org + "/customer-accounts",
                "{\"name\": \"Drift\"}").json("$.number");
        Response activated = operator.post("/api/operator/companies/" + org + "/subscriptions", """
                {"msisdn": "%s", "planCode": "FRI_5", "customerNumber": "%s", "activeFrom": "2027-01-01"}"""
                .formatted(CompanyMother.nextMsisdn().value(), customerNumber));
        assertThat(activated.status()).isEqualTo(201);

        Response read = operator.get(CLOCK);
        Response toTheFirst = operator.put(CLOCK, "{\"instant\": \"2027-02-01T02:00:00+01:00\"}");
        Response notYet = operator.get("/api/operator/companies/" + org + "/invoices");
        Response pastRunTime = operator.put(CLOCK, "{\"advance\": \"PT1H\"}");
        Response invoiced = operator.get("/api/operator/companies/" + org + "/invoices");
        Response pastDueDate = operator.put(CLOCK, "{\"advance\": \"P1M\"}");
        Response overdue = operator.get("/api/operator/companies/" + org + "/invoices");

        assertThat(read.<String>json("$.instant")).isEqualTo("2027-01-20T11:00:00Z");
        assertThat(read.<String>json("$.osloTime")).isEqualTo("2027-01-20T12:00:00");
        assertThat(read.<Boolean>json("$.running")).isFalse();
        assertThat(toTheFirst.<String>json("$.osloTime")).isEqualTo("2027-02-01T02:00:00");
        assertThat(notYet.<List<Object>>json("$")).isEmpty(); // the run is at 02:30
        assertThat(pastRunTime.<String>json("$.osloTime")).isEqualTo("2027-02-01T03:00:00");
        assertThat(pastRunTime.<List<String>>json("$.jobsRun")).contains("invoice-run");
        assertThat(invoiced.<List<String>>json("$[*].status")).containsExactly("NEW");
        assertThat(invoiced.<String>json("$[0].issueDate")).isEqualTo("2027-02-01");
        assertThat(invoiced.<Double>json("$[0].amountExclVat")).isEqualTo(279.00);
        assertThat(pastDueDate.<String>json("$.osloTime")).isEqualTo("2027-03-01T03:00:00");
        assertThat(pastDueDate.<List<String>>json("$.jobsRun")).contains("invoice-run"); // February's
        assertThat(overdue.<List<String>>json("$[*].status")).containsExactly("NEW", "OVERDUE"); // February's, January's
    }

    @Test
    void theClockOnlyMovesForwardAndSaysWhatIsWrongWithAChange() {
        OperatorApiClient operator = new OperatorApiClient(port);
        clock.set(Instant.parse("2027-06-01T10:00:00Z"));

        Response backwards = operator.put(CLOCK, "{\"instant\": \"2027-05-01T10:00:00Z\"}");
        Response both = operator.put(CLOCK, "{\"instant\": \"2027-07-01T10:00:00Z\", \"advance\": \"P1D\"}");
        Response badPeriod = operator.put(CLOCK, "{\"advance\": \"one month\"}");
        Response withoutToken = new OperatorApiClient(port, null).get(CLOCK);

        assertThat(backwards.status()).isEqualTo(409);
        assertThat(backwards.<String>json("$.errors[0].field")).isEqualTo("instant");
        assertThat(both.status()).isEqualTo(400);
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.<String>json("$.errors[0].field")).isEqualTo("advance");
        assertThat(withoutToken.status()).isEqualTo(401);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2027-06-01T10:00:00Z"));
    }
}

package no.bedriftsportal.subscription;

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
 * Issue #10 point 5 as the operator's CRM sees it, over HTTP: once October is invoiced, an
 * activation, termination or plan change that reaches into October is answered with a warning
 * saying what the next invoice run will bill and credit, and November's invoice does just that.
 * Its own database, as invoice runs span all companies.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.database.embedded.data-dir=target/test-postgres-invoiced-months")
class InvoicedMonthWarningsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Test
    void aChangeIntoAnInvoicedMonthSaysWhatTheNextInvoiceBillsAndCredits() {
        clock.set(Instant.parse("2026-11-20T14:00:00Z"));
        OperatorApiClient operator = new OperatorApiClient(port);
        String org = CompanyMother.nextOrgNumber();
        operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\", \"name\": \"Varsel AS\"}".formatted(org));
        String customerNumber = operator.post("/api/operator/companies/" + org + "/customer-accounts", "{\"name\": \"Drift\"}")
                .json("$.number");
        Response beforeAnyRun = activate(operator, org, customerNumber, "+4793000001", "FRI_5", "2026-01-01");
        activate(operator, org, customerNumber, "+4793000002", "FRI_1", "2026-01-01");
        assertThat(beforeAnyRun.<List<String>>json("$.warnings")).isEmpty();
        assertThat(operator.post("/api/operator/invoice-runs", "{\"month\": \"2026-10\"}").status()).isEqualTo(201);
        long october = operator.get("/api/operator/companies/" + org + "/invoices").<Integer>json("$[0].number");

        Response terminated = operator.post("/api/operator/subscriptions/+4793000001/termination", "{\"effectiveOn\": \"2026-10-11\"}");
        Response lateActivation = activate(operator, org, customerNumber, "+4793000003", "FRI_1", "2025-01-01");
        Response planChanged = operator.put("/api/operator/subscriptions/+4793000002/plan",
                "{\"planCode\": \"FRI_20\", \"effectiveFrom\": \"2026-10-21\"}");
        Response dataControl = operator.put("/api/operator/subscriptions/+4793000002/data-control",
                "{\"enabled\": true, \"effectiveFrom\": \"2026-10-01\"}");
        Response notInvoicedYet = activate(operator, org, customerNumber, "+4793000004", "BASIS", "2026-11-02");

        assertThat(terminated.status()).isEqualTo(200);
        assertThat(terminated.<List<String>>json("$.warnings")).containsExactly("effectiveOn 2026-10-11 reaches into invoiced "
                + "months 2026-10; the fees billed for 11.10.2026–31.10.2026 under FRI_5 are credited on the next invoice");
        assertThat(lateActivation.status()).isEqualTo(201);
        assertThat(lateActivation.<List<String>>json("$.warnings")).containsExactly("activeFrom 2025-01-01 reaches into "
                + "invoiced months 2026-10; the fees for 01.10.2026–31.10.2026 under FRI_1 go on the next invoice run; "
                + "days before 2026-10 are not billed (before the first month invoiced)");
        assertThat(planChanged.<List<String>>json("$.warnings")).containsExactly("effectiveFrom 2026-10-21 reaches into "
                + "invoiced months 2026-10; the fees billed for 21.10.2026–31.10.2026 under FRI_1 are credited on the next "
                + "invoice; the fees for 21.10.2026–31.10.2026 under FRI_20 go on the next invoice run");
        assertThat(dataControl.<List<String>>json("$.warnings")).isEmpty();
        assertThat(notInvoicedYet.<List<String>>json("$.warnings")).isEmpty();

        clock.set(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(operator.post("/api/operator/invoice-runs", "{\"month\": \"2026-11\"}").status()).isEqualTo(201);
        long november = operator.get("/api/operator/companies/" + org + "/invoices").<Integer>json("$[0].number");
        Response invoice = operator.get("/api/operator/invoices/" + november);

        assertThat(invoice.<List<String>>json("$.subscriptions[?(@.msisdn == '+4793000001')].lines[*].description"))
                .containsExactly("Kreditering: Bedrift Fri 5 GB 11.10.2026–31.10.2026 (faktura " + october + ")");
        assertThat(invoice.<List<Double>>json("$.subscriptions[?(@.msisdn == '+4793000001')].lines[*].amountExclVat"))
                .containsExactly(-189.00); // 279.00 − 279.00 × 10/31 (90.00)
        assertThat(invoice.<List<String>>json("$.subscriptions[?(@.msisdn == '+4793000002')].lines[*].description"))
                .containsExactly("Kreditering: Bedrift Fri 1 GB 21.10.2026–31.10.2026 (faktura " + october + ")",
                        "Bedrift Fri 20 GB (11 av 31 dager)", "Bedrift Fri 20 GB");
        assertThat(invoice.<List<String>>json("$.subscriptions[?(@.msisdn == '+4793000003')].lines[*].periodStart"))
                .containsExactly("2026-10-01", "2026-11-01");
        // its period starts with the earliest line; a change after the latest month invoiced has nothing to say
        assertThat(invoice.<String>json("$.summary.periodStart")).isEqualTo("2026-10-01");
        assertThat(operator.post("/api/operator/subscriptions/+4793000002/termination", "{\"effectiveOn\": \"2026-12-01\"}")
                .<List<String>>json("$.warnings")).isEmpty();
    }

    private static Response activate(OperatorApiClient operator, String org, String customerNumber, String msisdn, String plan,
            String from) {
        return operator.post("/api/operator/companies/" + org + "/subscriptions", """
                {"msisdn": "%s", "planCode": "%s", "customerNumber": "%s", "activeFrom": "%s"}"""
                .formatted(msisdn, plan, customerNumber, from));
    }
}

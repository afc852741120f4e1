package no.bedriftsportal.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.ApiTokenMother;
import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.OperatorApiClient.Response;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiScope;

@PortalIntegrationTest
class SubscriptionOperatorApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Companies companies;

    @Autowired
    ApiTokenMother apiTokens;

    OperatorApiClient operator;
    String orgNumber;
    String customerNumber;
    LocalDate today;

    @BeforeEach
    void companyWithOneCustomerNumberAndEmployee() {
        operator = new OperatorApiClient(port);
        today = Oslo.today(clock);
        orgNumber = CompanyMother.nextOrgNumber();
        operator.post("/api/operator/companies", "{\"orgNumber\": \"%s\", \"name\": \"Linjebygg AS\"}".formatted(orgNumber));
        customerNumber = operator.post("/api/operator/companies/" + orgNumber + "/customer-accounts", "{\"name\": \"Montasje\"}")
                .json("$.number");
        operator.post("/api/operator/companies/" + orgNumber + "/employees", "{\"name\": \"Siri Vik\", \"employeeNumber\": \"7\"}");
    }

    @Test
    void activatesWithTheTermsFromTheFirstDay() {
        Msisdn msisdn = CompanyMother.nextMsisdn();
        Response created = activate(msisdn.display(), "FRI_5", today.minusMonths(2), "\"dataControl\": true, \"autoExtraPackage\": null,");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.<String>json("$.msisdn")).isEqualTo(msisdn.value());
        assertThat(created.<String>json("$.planCode")).isEqualTo("FRI_5");
        assertThat(created.<Boolean>json("$.dataControl")).isTrue();
        assertThat(created.<Boolean>json("$.activeToday")).isTrue();
        assertThat(created.<String>json("$.customerNumber")).isEqualTo(customerNumber);
        assertThat(created.<String>json("$.employeeNumber")).isEqualTo("7");
    }

    @Test
    void backFilledChangesApplyFromTheirDayAndLaterOnesAreKept() {
        Msisdn msisdn = CompanyMother.nextMsisdn();
        activate(msisdn.value(), "FRI_1", today.minusMonths(6), "");
        String path = "/api/operator/subscriptions/" + msisdn.value();

        operator.put(path + "/plan", "{\"planCode\": \"FRI_20\", \"effectiveFrom\": \"%s\"}".formatted(today.minusMonths(1)));
        operator.put(path + "/plan", "{\"planCode\": \"FRI_5\", \"effectiveFrom\": \"%s\"}".formatted(today.minusMonths(3)));
        operator.put(path + "/data-control", "{\"enabled\": true, \"effectiveFrom\": \"%s\"}".formatted(today.minusDays(10)));
        Response auto = operator.put(path + "/auto-extra-package",
                "{\"extraPackageCode\": \"EXTRA_5\", \"effectiveFrom\": \"%s\"}".formatted(today));

        Response now = operator.get(path);
        assertThat(auto.status()).isEqualTo(200);
        assertThat(now.<String>json("$.planCode")).isEqualTo("FRI_20");
        assertThat(now.<Boolean>json("$.dataControl")).isTrue();
        assertThat(now.<String>json("$.autoExtraPackage")).isEqualTo("EXTRA_5");
        assertThat(now.<String>json("$.autoExtraPackagePayer")).as("the company pays unless told").isEqualTo("COMPANY");
        List<String> planHistory = now.json("$.history[?(@.kind == 'PLAN')].planCode");
        assertThat(planHistory).containsExactly("FRI_1", "FRI_5", "FRI_20");
    }

    @Test
    void theAutomaticExtraPackageTakesItsPayer() {
        Msisdn msisdn = CompanyMother.nextMsisdn();
        activate(msisdn.value(), "FRI_1", today.minusMonths(1), "");
        String path = "/api/operator/subscriptions/" + msisdn.value() + "/auto-extra-package";

        Response salary = operator.put(path, "{\"extraPackageCode\": \"EXTRA_5\", \"payer\": \"SALARY\", \"effectiveFrom\": \"%s\"}"
                .formatted(today));
        Response vipps = operator.put(path, "{\"extraPackageCode\": \"EXTRA_5\", \"payer\": \"VIPPS\"}");

        assertThat(salary.status()).isEqualTo(200);
        assertThat(salary.<String>json("$.autoExtraPackagePayer")).isEqualTo("SALARY");
        List<String> payers = salary.json("$.history[?(@.kind == 'AUTO_EXTRA_PACKAGE' && @.autoExtraPackageCode == 'EXTRA_5')].autoExtraPackagePayer");
        assertThat(payers).containsExactly("SALARY");
        assertThat(vipps.status()).as("Vipps is never automatic").isEqualTo(400);
    }

    @Test
    void aNumberIsActiveInOneSubscriptionAtATime() {
        Msisdn msisdn = CompanyMother.nextMsisdn();
        activate(msisdn.value(), "FRI_5", today.minusMonths(2), "");

        Response again = activate(msisdn.value(), "BASIS", today.minusMonths(1), "");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.<String>json("$.errors[0].field")).isEqualTo("msisdn");
    }

    @Test
    void terminationEndsTheSubscriptionFromItsDayAndTheNumberCanBeReused() {
        Msisdn msisdn = CompanyMother.nextMsisdn();
        activate(msisdn.value(), "FRI_5", today.minusMonths(4), "");

        Response terminated = operator.post("/api/operator/subscriptions/" + msisdn.value() + "/termination",
                "{\"effectiveOn\": \"%s\"}".formatted(today.minusDays(3)));
        Response reused = activate(msisdn.value(), "BASIS", today.minusDays(3), "");

        assertThat(terminated.status()).isEqualTo(200);
        assertThat(terminated.<String>json("$.terminatedOn")).isEqualTo(today.minusDays(3).toString());
        assertThat(terminated.<Boolean>json("$.activeToday")).isFalse();
        assertThat(reused.status()).isEqualTo(201);
    }

    @Test
    void refusesBadInputNamingEachField() {
        assertField(activate("22334455", "FRI_5", today, ""), 400, "msisdn");
        assertField(activate("9123456", "FRI_5", today, ""), 400, "msisdn");
        assertField(activate(CompanyMother.nextMsisdn().value(), "FRI_99", today, ""), 400, "planCode");
        assertField(operator.post("/api/operator/companies/" + orgNumber + "/subscriptions", """
                {"msisdn": "%s", "planCode": "FRI_5", "customerNumber": "00000000"}""".formatted(CompanyMother.nextMsisdn())),
                400, "customerNumber");
        assertField(activate(CompanyMother.nextMsisdn().value(), "FRI_5", today, "\"autoExtraPackage\": \"EXTRA_2\","),
                400, "autoExtraPackage");
        assertField(operator.post("/api/operator/companies/" + orgNumber + "/subscriptions", """
                {"msisdn": "%s", "customerNumber": "%s"}""".formatted(CompanyMother.nextMsisdn(), customerNumber)), 400, "planCode");

        Msisdn msisdn = CompanyMother.nextMsisdn();
        activate(msisdn.value(), "FRI_5", today.minusDays(10), "");
        assertField(operator.post("/api/operator/subscriptions/" + msisdn.value() + "/termination",
                "{\"effectiveOn\": \"%s\"}".formatted(today.minusDays(20))), 400, "effectiveOn");
        assertField(operator.put("/api/operator/subscriptions/" + msisdn.value() + "/plan",
                "{\"planCode\": \"FRI_20\", \"effectiveFrom\": \"%s\"}".formatted(today.minusDays(30))), 400, "effectiveFrom");
        assertThat(operator.get("/api/operator/subscriptions/" + CompanyMother.nextMsisdn().value()).status()).isEqualTo(404);
    }

    @Test
    void theSimCardIsGivenAtActivationShownToTheCompanyAndSwapped() {
        Msisdn msisdn = CompanyMother.nextMsisdn();
        Response created = activate(msisdn.value(), "FRI_5", today.minusMonths(1), "\"iccid\": \"8947 0000 0000 0000 0009\",");
        long id = subscriptions.latest(msisdn.value()).id();
        CompanyApiClient api = new CompanyApiClient(port,
                apiTokens.tokenFor(companies.get(orgNumber).id(), ApiScope.DASHBOARD_READ));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.<String>json("$.iccid")).as("kept as digits").isEqualTo("89470000000000000009");
        assertThat(api.get("/api/v1/subscriptions/" + id).<String>json("$.iccid")).isEqualTo("89470000000000000009");

        Response swapped = operator.put("/api/operator/subscriptions/" + msisdn.value() + "/sim", "{\"iccid\": \"8947000000000000004\"}");

        assertThat(swapped.status()).as(swapped.body()).isEqualTo(200);
        assertThat(swapped.<String>json("$.iccid")).isEqualTo("8947000000000000004");
        assertThat(operator.get("/api/operator/subscriptions/" + msisdn.value()).<String>json("$.iccid")).isEqualTo("8947000000000000004");
        assertThat(api.get("/api/v1/subscriptions/" + id).<String>json("$.iccid")).isEqualTo("8947000000000000004");
    }

    @Test
    void refusesABadSimCardAndOneInAnotherSubscription() {
        Msisdn first = CompanyMother.nextMsisdn();
        activate(first.value(), "FRI_5", today.minusDays(5), "\"iccid\": \"89014103211118510720\",");
        Msisdn second = CompanyMother.nextMsisdn();

        assertField(activate(second.value(), "FRI_5", today, "\"iccid\": \"89470000000000000006\","), 400, "iccid");
        assertField(activate(second.value(), "FRI_5", today, "\"iccid\": \"99470000000000000007\","), 400, "iccid");
        assertField(activate(second.value(), "FRI_5", today, "\"iccid\": \"89014103211118510720\","), 409, "iccid");
        assertThat(activate(second.value(), "FRI_5", today, "").status()).as("no card: not known yet").isEqualTo(201);
        String swap = "/api/operator/subscriptions/" + second.value() + "/sim";
        assertField(operator.put(swap, "{\"iccid\": \"8947000000000000005\"}"), 400, "iccid");
        assertField(operator.put(swap, "{\"iccid\": \"\"}"), 400, "iccid");
        assertField(operator.put(swap, "{\"iccid\": \"89014103211118510720\"}"), 409, "iccid");
        assertThat(operator.get("/api/operator/subscriptions/" + second.value()).<Object>json("$.iccid")).isNull();

        operator.post("/api/operator/subscriptions/" + first.value() + "/termination", "{}");
        assertThat(operator.put(swap, "{\"iccid\": \"89014103211118510720\"}").status())
                .as("a terminated subscription lets its card go").isEqualTo(200);
        assertField(operator.put("/api/operator/subscriptions/" + first.value() + "/sim", "{\"iccid\": \"89470000000000000009\"}"),
                400, "msisdn");
    }

    private Response activate(String msisdn, String plan, LocalDate from, String extra) {
        return operator.post("/api/operator/companies/" + orgNumber + "/subscriptions", """
                {"msisdn": "%s", "planCode": "%s", "customerNumber": "%s", "employeeNumber": "7", %s "activeFrom": "%s"}"""
                .formatted(msisdn, plan, customerNumber, extra, from));
    }

    private static void assertField(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.<String>json("$.errors[0].field")).isEqualTo(field);
    }
}

package no.bedriftsportal.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.OperatorApiClient;
import no.bedriftsportal.OperatorApiClient.Response;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.subscription.ActivateSubscription;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Issue #10, point 8: the rated pieces of a number reach every subscription it has had, by period:
 * each day's events come from the subscription active that day, and each event says which
 * subscription and company it belongs to. A number moves from one company to another mid-October.
 */
@PortalIntegrationTest
class UsageEventOperatorApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    CompanyMother mother;

    @Autowired
    Subscriptions subscriptions;

    @Test
    void aNumberThatMovedToAnotherCompanyShowsTheEventsOfBothSubscriptionsEachUnderItsOwn() throws IOException {
        clock.set(Instant.parse("2026-11-20T14:00:00Z"));
        TestCompany before = mother.company("Drift");
        TestCompany after = mother.company("Salg");
        Msisdn msisdn = CompanyMother.nextMsisdn();
        Subscription first = subscriptions.activate(new ActivateSubscription(before.id(), msisdn.value(), "FRI_5",
                before.account(0).id(), null, LocalDate.of(2026, 9, 1), false, null));
        subscriptions.terminate(msisdn.value(), LocalDate.of(2026, 10, 15));
        Subscription second = subscriptions.activate(new ActivateSubscription(after.id(), msisdn.value(), "FRI_20",
                after.account(0).id(), null, LocalDate.of(2026, 10, 15), false, null));
        CdrFileBuilder cdrs = CdrFileBuilder.file()
                .sms("before", msisdn.value(), "2026-10-14T23:30:00+02:00", "MO", "91234567", "NO")
                .sms("after", msisdn.value(), "2026-10-15T00:30:00+02:00", "MO", "91234567", "NO")
                .sms("later", msisdn.value(), "2026-11-02T12:00:00+01:00", "MO", "91234567", "NO");
        OperatorApiClient operator = new OperatorApiClient(port);
        Path file = cdrs.write();
        Response ingested = operator.upload("/api/operator/cdr-files", file, "flytting.csv");
        Files.delete(file);

        Response october = operator.get("/api/operator/subscriptions/" + msisdn.value() + "/usage-events?from=2026-10-01&to=2026-10-31");
        Response firstHalf = operator.get("/api/operator/subscriptions/" + msisdn.value() + "/usage-events?from=2026-10-01&to=2026-10-14");

        assertThat(ingested.<Integer>json("$.rated")).isEqualTo(3);
        assertThat(october.status()).as(october.body()).isEqualTo(200);
        assertThat(october.<List<String>>json("$[*].cdrId")).containsExactly(cdrs.id("before"), cdrs.id("after"));
        assertThat(october.<List<Integer>>json("$[*].subscriptionId")).containsExactly((int) first.id(), (int) second.id());
        assertThat(october.<List<Integer>>json("$[*].companyId")).containsExactly((int) before.id(), (int) after.id());
        assertThat(october.<List<String>>json("$[*].orgNumber"))
                .containsExactly(before.company().orgNumber().value(), after.company().orgNumber().value());
        assertThat(firstHalf.<List<String>>json("$[*].cdrId")).containsExactly(cdrs.id("before"));
    }

    @Test
    void aNumberThatNeverHadASubscriptionIsA404Problem() {
        Response answer = new OperatorApiClient(port).get("/api/operator/subscriptions/" + CompanyMother.nextMsisdn().value()
                + "/usage-events?from=2026-10-01&to=2026-10-31");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}

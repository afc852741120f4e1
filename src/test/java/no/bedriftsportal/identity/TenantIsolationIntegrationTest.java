package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalHttpClient.Page;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;

/**
 * Two companies side by side: a user of one gets 404 for every id of the other, and a user
 * limited to one customer number sees nothing of the others.
 */
@PortalIntegrationTest
class TenantIsolationIntegrationTest {

    private static final Pattern TOTAL = Pattern.compile("id=\"subscriptions-total\">(\\d+)<");

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    TestCompany ours;
    TestCompany theirs;
    PortalHttpClient ourAdmin;

    @BeforeEach
    void twoCompanies() {
        ours = mother.company("Salg", "Drift");
        theirs = mother.company("Lager");
        ourAdmin = new PortalHttpClient(port);
        ourAdmin.logIn(ours.superUser(), outbox);
    }

    @Test
    void everyIdOfAnotherCompanyIsNotFound() {
        Msisdn theirUser = theirs.user(0);
        Msisdn theirSuperUser = theirs.superUser();
        long theirUserId = theirs.portalUser(theirUser).id();
        long theirSuperUserId = theirs.portalUser(theirSuperUser).id();
        ourAdmin.get("/settings/access");

        for (long id : List.of(theirUserId, theirSuperUserId)) {
            assertThat(ourAdmin.get("/settings/access/" + id).status()).isEqualTo(404);
            assertThat(ourAdmin.post("/settings/access/" + id, Map.of("role", "SUPER_USER")).status()).isEqualTo(404);
            assertThat(ourAdmin.post("/settings/access/" + id + "/delete", Map.of()).status()).isEqualTo(404);
        }
        assertThat(theirs.portalUser(theirUser).role()).isEqualTo(Role.USER);
        assertThat(theirs.portalUser(theirSuperUser).role()).isEqualTo(Role.SUPER_USER);
    }

    @Test
    void anotherCompanysCustomerNumbersCannotBeGranted() {
        Msisdn colleague = ours.subscriber(0, "FRI_5");
        ourAdmin.get("/settings/access/new");

        Page refused = ourAdmin.post("/settings/access", Map.of("msisdn", colleague.national(), "role", "USER",
                "customerAccounts", List.of(theirs.account(0).id())));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"customerAccounts-error\"");
    }

    @Test
    void listsAndLogsShowOnlyTheOwnCompany() {
        Msisdn theirUser = theirs.superUser();
        new PortalHttpClient(port).logIn(theirUser, outbox);

        assertThat(ourAdmin.get("/settings/access").body()).doesNotContain(theirUser.value(), theirUser.display());
        assertThat(ourAdmin.get("/settings/audit").body()).doesNotContain(theirUser.display());
        assertThat(ourAdmin.get("/settings/access/new").body()).doesNotContain(theirs.account(0).number());
    }

    @Test
    void aUserLimitedToOneCustomerNumberCountsOnlyItsSubscriptions() {
        ours.subscriber(0, "FRI_5");
        ours.subscriber(0, "MBB_50");
        ours.subscriber(1, "FRI_20");
        ours.subscriber(1, "BASIS");
        ours.subscriber(1, "FRI_1");
        theirs.subscriber(0, "FRI_5");
        Msisdn limitedToSales = ours.user(0); // holds one more subscription under Salg
        PortalHttpClient limited = new PortalHttpClient(port);
        limited.logIn(limitedToSales, outbox);

        int salesOnly = total(limited.get("/"));
        int wholeCompany = total(ourAdmin.get("/"));

        assertThat(salesOnly).isEqualTo(4); // the super user's, two subscribers and the user's own, all under Salg
        assertThat(wholeCompany).isEqualTo(7);
    }

    private static int total(Page dashboard) {
        Matcher matcher = TOTAL.matcher(dashboard.body());
        assertThat(matcher.find()).as("dashboard shows a total").isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}

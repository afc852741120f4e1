package no.bedriftsportal.costsharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.costsharing.SubscriptionChoice.Choice;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * Profile choices (#14.2): a subscription activated starts as NY! (by the system, now); profiles are
 * given and removed within the caller's company and customer numbers only, and only live profiles
 * of the company; every choice is a row (the latest current) and an audit entry. The dashboard's
 * "Krever handling" counts the NY! subscriptions of a user's customer numbers, for users granted
 * invoice control; the user list shows and filters them and changes them in bulk.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssignmentsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    Assignments assignments;

    @Autowired
    UserList users;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    SmsOutbox outbox;

    TestCompany company;
    TestCompany other;
    Msisdn superUser;
    Msisdn operationsController;
    Msisdn dashboardOnly;
    long sales1;
    long sales2;
    long operations1;
    long profile;
    long othersProfile;
    ChangedBy admin = new ChangedBy("Test Admin");

    @BeforeAll
    void aCompanyWithTwoCustomerNumbers() {
        company = mother.company("Salg", "Drift");
        other = mother.company("Annet");
        superUser = company.superUser();
        sales1 = id(company.subscriber(0, "FRI_5", "Kari Salg"));
        sales2 = id(company.subscriber(0, "FRI_5", "Per Salg"));
        operations1 = id(company.subscriber(1, "FRI_5", "Ola Drift"));
        operationsController = company.userWith(Set.of(PortalModule.INVOICE_CONTROL), 1);
        dashboardOnly = company.user(1);
        ProfileFixture profiles = new ProfileFixture(jdbc);
        profile = profiles.profile(company.id(), "Selgere", clock.instant());
        othersProfile = profiles.profile(other.id(), "Andres", clock.instant());
    }

    @Test
    void aSubscriptionActivatedStartsAsNewBySystemFromItsFirstDay() {
        Msisdn fresh = company.subscriber(0, "FRI_1", "Ny Ansatt");
        SubscriptionChoice choice = assignments.current(AccessScope.wholeCompany(company.id()), id(fresh)).orElseThrow();

        assertThat(choice.choice()).isEqualTo(Choice.NEW);
        assertThat(choice.assignedBy()).isEqualTo("system");
        LocalDate firstDay = jdbc.sql("select active_from from subscription where subscription_id = :s").param("s", id(fresh))
                .query(LocalDate.class).single();
        Instant start = Oslo.startOf(firstDay);
        // from the line's first day, or from now for a line that starts later
        assertThat(choice.assignedAt()).isEqualTo(start.isBefore(clock.instant()) ? start : clock.instant());
    }

    @Test
    void aProfileIsGivenAndRemovedEachChoiceARowAndAnAuditEntry() {
        AccessScope scope = AccessScope.wholeCompany(company.id());
        Msisdn a = company.subscriber(0, "FRI_5");
        Msisdn b = company.subscriber(0, "FRI_5");

        assertThat(asAdmin(() -> assignments.setProfile(scope, List.of(id(a), id(b)), profile, admin))).isEqualTo(2);
        SubscriptionChoice chosen = assignments.current(scope, id(a)).orElseThrow();
        assertThat(chosen.choice()).isEqualTo(Choice.PROFILE);
        assertThat(chosen.profileId()).isEqualTo(profile);
        assertThat(chosen.assignedBy()).isEqualTo("Test Admin");

        assertThat(asAdmin(() -> assignments.removeProfile(scope, List.of(id(a)), admin))).isEqualTo(1);
        assertThat(assignments.current(scope, id(a)).orElseThrow().choice()).isEqualTo(Choice.NO_PROFILE);
        assertThat(assignments.current(scope, id(b)).orElseThrow().choice()).isEqualTo(Choice.PROFILE);
        assertThat(jdbc.sql("select count(*) from costsharing_assignment where company_id = :c and subscription_id = :s")
                .param("c", company.id()).param("s", id(a)).query(Long.class).single()).as("NEW, PROFILE, NO_PROFILE").isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_event where company_id = :c and action in ('PROFILE_ASSIGNED', 'PROFILE_REMOVED')"
                + " and actor_name = 'Test Admin'").param("c", company.id()).query(Long.class).single()).isGreaterThanOrEqualTo(2);
        String log = signedIn(superUser).get("/settings/audit?action=PROFILE_ASSIGNED").body();
        assertThat(log).contains("Valgte profilen «Selgere» for 2 abonnementer: ");
    }

    @Test
    void onlyALiveProfileOfTheCompanyAndOnlySubscriptionsInTheScope() {
        AccessScope scope = AccessScope.wholeCompany(company.id());
        AccessScope operationsOnly = new AccessScope(company.id(), Set.of(company.account(1).id()));
        long deleted = new ProfileFixture(jdbc).profile(company.id(), "Gammel", clock.instant());
        new ProfileFixture(jdbc).delete(company.id(), deleted, clock.instant());

        assertThatThrownBy(() -> assignments.setProfile(scope, List.of(sales1), othersProfile, admin))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> assignments.setProfile(scope, List.of(sales1), deleted, admin))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> assignments.setProfile(operationsOnly, List.of(operations1, sales1), profile, admin))
                .as("one subscription outside the customer numbers refuses all").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.removeProfile(AccessScope.wholeCompany(other.id()), List.of(sales1), admin))
                .isInstanceOf(NotFoundException.class);
        assertThat(assignments.current(scope, sales1).orElseThrow().choice()).isEqualTo(Choice.NEW);
        assertThat(assignments.current(scope, operations1).orElseThrow().choice()).isEqualTo(Choice.NEW);
        assertThat(assignments.current(operationsOnly, sales1)).isEmpty();
    }

    @Test
    void theDashboardCountsTheNewSubscriptionsOfTheUsersCustomerNumbersForUsersWithInvoiceControl() {
        String controller = strip(signedIn(operationsController).get("/").body());
        assertThat(controller).contains("data-attention=\"subscriptions-without-profile\"",
                "href=\"/invoice-control/users?choice=NEW\"");
        long operationsNew = assignments.countNew(new AccessScope(company.id(), Set.of(company.account(1).id())));
        assertThat(controller).contains(operationsNew + " abonnement" + (operationsNew == 1 ? " " : "er ") + "uten valgt profil (NY!)");

        assertThat(strip(signedIn(dashboardOnly).get("/").body())).doesNotContain("subscriptions-without-profile");
    }

    @Test
    void theUserListShowsTheScopeFiltersAndChangesInBulk() {
        PortalHttpClient controller = signedIn(operationsController);
        String page = controller.get("/invoice-control/users").body();
        assertThat(page).contains("data-subscription=\"" + operations1 + "\"", "Ola Drift")
                .doesNotContain("data-subscription=\"" + sales1 + "\"", "Kari Salg");

        PortalHttpClient admin = signedIn(superUser);
        Msisdn fresh = company.subscriber(1, "FRI_5", "Bulk Ansatt");
        String news = admin.get("/invoice-control/users?choice=NEW&customerNumber=" + company.account(1).number()).body();
        assertThat(news).contains("data-subscription=\"" + id(fresh) + "\" data-choice=\"NEW\"", "NY! (ikke valgt)")
                .doesNotContain("Kari Salg");

        PortalHttpClient.Page done = admin.post("/invoice-control/users/bulk", Map.of("action", "SET_PROFILE",
                "profileId", profile, "subscriptionIds", List.of(id(fresh)), "choice", "NEW"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/invoice-control/users?choice=NEW");
        String after = admin.get("/invoice-control/users?choice=" + profile).body();
        assertThat(after).contains("data-subscription=\"" + id(fresh) + "\" data-choice=\"PROFILE\"", "Selgere");

        PortalHttpClient.Page payType = admin.post("/invoice-control/users/bulk", Map.of("action", "SET_PAY_TYPE",
                "payType", "5999", "subscriptionIds", List.of(id(fresh))));
        assertThat(payType.status()).isEqualTo(302);
        assertThat(admin.get("/invoice-control/users?payType=5999").body()).contains("Bulk Ansatt").doesNotContain("Kari Salg");

        PortalHttpClient.Page refused = controller.post("/invoice-control/users/bulk", Map.of("action", "REMOVE_PROFILE",
                "subscriptionIds", List.of(sales1)));
        assertThat(refused.status()).as("a subscription outside the user's customer numbers").isEqualTo(404);
        assertThat(assignments.current(AccessScope.wholeCompany(company.id()), sales1).orElseThrow().choice()).isEqualTo(Choice.NEW);

        PortalHttpClient.Page none = admin.post("/invoice-control/users/bulk", Map.of("action", "REMOVE_PROFILE"));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("Velg minst ett abonnement.");
    }

    @Test
    void theListOfTwoThousandIsOneQueryWellUnderASecond() {
        long started = System.nanoTime();
        users.list(AccessScope.wholeCompany(company.id()), UserListFilter.all(), UserList.MAX_ROWS + 1);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);
    }

    private long id(Msisdn msisdn) {
        return subscriptions.activeToday(company.id(), msisdn).or(() -> subscriptions.activeOn(msisdn, Oslo.today(clock)))
                .orElseThrow().id();
    }

    /** One session per person for the class (logins are rate limited per number). */
    private final java.util.Map<Msisdn, PortalHttpClient> sessions = new java.util.HashMap<>();

    private PortalHttpClient signedIn(Msisdn msisdn) {
        return sessions.computeIfAbsent(msisdn, number -> {
            PortalHttpClient client = new PortalHttpClient(port);
            client.logIn(number, outbox);
            return client;
        });
    }

    private static String strip(String html) {
        int start = html.indexOf("<section class=\"attention\"");
        assertThat(start).as("the strip").isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    /** As the administrator "Test Admin" through a page: the audit log takes who and from where from the request. */
    private <T> T asAdmin(java.util.function.Supplier<T> call) {
        return no.bedriftsportal.SignedInCall.as(company.id(), "+4790000000", "Test Admin", call);
    }
}

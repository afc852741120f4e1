package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyApiClient;
import no.bedriftsportal.CompanyApiClient.Response;
import no.bedriftsportal.DemoPortalTest;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.identity.ApiTokens;
import no.bedriftsportal.identity.PortalUser;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.api.ApiScope;

/**
 * {@code /api/v1/usage} on the demo company (two months of generated usage: every kind, Datakontroll,
 * extra packages paid three ways, plan changes): for this month and the last, each subscription's
 * rows add up to its usage cost, fee, extra packages, total, call time, messages and MB in D7's list.
 */
@DemoPortalTest
class UsageApiDemoAgreementIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Companies companies;

    @Autowired
    PortalUsers portalUsers;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserOverview users;

    @Autowired
    Clock clock;

    @Test
    void everySubscriptionsMonthAddsUpToTheUserList() {
        Company demo = companies.list().get(0);
        long creator = portalUsers.list(demo.id()).stream().filter(PortalUser::superUser).findFirst().orElseThrow().id();
        CompanyApiClient api = new CompanyApiClient(port,
                tokens.create(demo.id(), creator, "Lønn", Set.of(ApiScope.DASHBOARD_READ), null, null).secret());
        YearMonth thisMonth = YearMonth.from(Oslo.today(clock));

        for (YearMonth month : List.of(thisMonth.minusMonths(1), thisMonth)) {
            Map<Long, Sums> fromApi = new HashMap<>();
            String cursor = null;
            long started = System.nanoTime();
            int pages = 0;
            do {
                Response page = api.get("/api/v1/usage?from=" + month + "&to=" + month + "&limit=500"
                        + (cursor == null ? "" : "&cursor=" + cursor));
                assertThat(page.status()).isEqualTo(200);
                for (Map<String, Object> row : page.<List<Map<String, Object>>>json("$.items")) {
                    fromApi.computeIfAbsent(((Number) row.get("subscriptionId")).longValue(), id -> new Sums()).add(row);
                }
                cursor = page.json("$.nextCursor");
                pages++;
            } while (cursor != null);
            System.out.printf("usage API, demo company, %s: %d subscriptions in %d pages of 500 rows, %d ms%n", month,
                    fromApi.size(), pages, (System.nanoTime() - started) / 1_000_000);

            List<UserCost> list = users.users(AccessScope.wholeCompany(demo.id()),
                    new UserQuery(month, null, UserSort.NAME, false, UserSort.COST, null, 0, 100_000)).users();
            assertThat(list).hasSizeGreaterThan(50);
            assertThat(fromApi.keySet()).containsExactlyInAnyOrderElementsOf(list.stream().map(UserCost::subscriptionId).toList());
            if (month.isBefore(thisMonth)) { // this month may have begun minutes ago (the clock matrix's New Year): no usage yet
                assertThat(fromApi.values().stream().mapToLong(sums -> sums.kinds).sum()).as("more kinds than a fee per subscription")
                        .isGreaterThan(3L * list.size());
            }
            for (UserCost user : list) {
                Sums sums = fromApi.get(user.subscriptionId());
                String who = month + " " + user.msisdn();
                assertThat(sums.usage).as("usage cost " + who).isEqualByComparingTo(user.amount());
                assertThat(sums.fee).as("fee " + who).isEqualByComparingTo(user.fee());
                assertThat(sums.extraPackages).as("extra packages " + who).isEqualByComparingTo(user.extraPackages());
                assertThat(sums.usage.add(sums.fee).add(sums.extraPackages)).as("total " + who).isEqualByComparingTo(user.total());
                assertThat(sums.seconds).as("seconds " + who).isEqualByComparingTo(BigDecimal.valueOf(user.voiceSeconds()));
                assertThat(sums.messages).as("messages " + who).isEqualByComparingTo(BigDecimal.valueOf(user.messages()));
                assertThat(sums.megabytes).as("MB " + who).isEqualByComparingTo(BigDecimal.valueOf(user.bytes(), 6));
            }
        }
    }

    /** One subscription's month, added up from its rows as a payroll system would. */
    private static final class Sums {
        BigDecimal usage = BigDecimal.ZERO;
        BigDecimal fee = BigDecimal.ZERO;
        BigDecimal extraPackages = BigDecimal.ZERO;
        BigDecimal seconds = BigDecimal.ZERO;
        BigDecimal messages = BigDecimal.ZERO;
        BigDecimal megabytes = BigDecimal.ZERO;
        long kinds;

        void add(Map<String, Object> row) {
            String kind = (String) row.get("kind");
            BigDecimal amount = new BigDecimal((String) row.get("amountExVat"));
            BigDecimal quantity = row.get("quantity") == null ? BigDecimal.ZERO : new BigDecimal(row.get("quantity").toString());
            kinds++;
            switch (kind) {
                case "monthly_fee" -> fee = fee.add(amount);
                case "extra_packages" -> extraPackages = extraPackages.add(amount);
                default -> {
                    usage = usage.add(amount);
                    if (kind.startsWith("voice.")) {
                        seconds = seconds.add(quantity);
                    } else if (kind.startsWith("sms.") || kind.startsWith("mms.")) {
                        messages = messages.add(quantity);
                    } else if (kind.startsWith("data.") && !kind.equals("data.blocked")) {
                        megabytes = megabytes.add(quantity);
                    }
                }
            }
        }
    }
}

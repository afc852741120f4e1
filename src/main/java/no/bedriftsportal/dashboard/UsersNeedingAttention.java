package no.bedriftsportal.dashboard;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NeedsAttention;
import no.bedriftsportal.shared.Oslo;

/**
 * "Krever handling" from the dashboard's own figures: users whose data Datakontroll blocked this
 * month, and subscriptions without a user. Each links to D7's list showing just those, counted with
 * the same definitions ({@link UserShow}) over the same subscriptions (active in the month, in the scope).
 */
@Component
class UsersNeedingAttention implements NeedsAttention {

    private final JdbcClient jdbc;
    private final Clock clock;

    UsersNeedingAttention(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String module() {
        return "DASHBOARD";
    }

    @Override
    public List<Item> items(AccessScope scope) {
        YearMonth month = YearMonth.from(Oslo.today(clock));
        List<Item> items = new ArrayList<>();
        long blocked = count(scope, month, UserShow.BLOCKED);
        if (blocked > 0) {
            items.add(new Item("blocked-users", "dashboard.attention.blockedUsers", listOf(UserShow.BLOCKED), null, blocked, 0, null, false));
        }
        long withoutUser = count(scope, month, UserShow.NO_USER);
        if (withoutUser > 0) {
            items.add(new Item("subscriptions-without-user", "dashboard.attention.withoutUser", listOf(UserShow.NO_USER), null, withoutUser, 0,
                    null, false));
        }
        return items;
    }

    /** D7 for this month showing only {@code show}. */
    static String listOf(UserShow show) {
        return "/?users=" + Period.THIS_MONTH.name() + "&userShow=" + show.name() + "#card-users";
    }

    private long count(AccessScope scope, YearMonth month, UserShow show) {
        return jdbc.sql("""
                select count(*) from subscription s
                where s.company_id = :company and s.active_from <= :lastDay
                  and (s.terminated_on is null or s.terminated_on > :month)
                  and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))""" + show.condition())
                .param("company", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("month", month.atDay(1)).param("lastDay", month.atEndOfMonth())
                .param("monthStart", month.atDay(1).atStartOfDay(Oslo.ZONE).toOffsetDateTime())
                .param("nextMonthStart", month.plusMonths(1).atDay(1).atStartOfDay(Oslo.ZONE).toOffsetDateTime())
                .query(Long.class).single();
    }
}

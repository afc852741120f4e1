package no.bedriftsportal.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.shared.Oslo;

/** Rated events are kept six months, a partition at a time; daily rollups 36 months. */
@PortalIntegrationTest
class UsageRetentionIntegrationTest {

    @Autowired
    UsageRetention retention;

    @Autowired
    UsagePartitions partitions;

    @Autowired
    CompanyMother mother;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DataSource dataSource;

    @Test
    void dropsEventMonthsOlderThanTheRetentionAndRollupsOlderThan36Months() throws SQLException {
        YearMonth now = YearMonth.from(Oslo.today(clock));
        YearMonth expired = now.minusMonths(6);
        YearMonth kept = now.minusMonths(5);
        try (Connection connection = dataSource.getConnection()) {
            partitions.ensure(connection, List.of(expired, kept));
        }
        var company = mother.company();
        long subscriptionId = 1; // rollups are kept per subscription id; no subscription row is needed
        for (YearMonth month : List.of(now.minusMonths(36), now.minusMonths(35))) {
            jdbc.sql("""
                    insert into usage_daily values (:c, :s, :day, 'SMS', 'MO', 'fixed_price', '', 'TRAFFIC', 'NO', 25, 1, 0, 0, 1, 0)""")
                    .param("c", company.id()).param("s", subscriptionId).param("day", month.atDay(1)).update();
        }

        retention.dropExpired();

        assertThat(partitions.existing()).doesNotContain(expired).contains(kept);
        assertThat(jdbc.sql("select day from usage_daily where company_id = :c").param("c", company.id())
                .query(java.time.LocalDate.class).list()).containsExactly(now.minusMonths(35).atDay(1));
    }
}

package no.bedriftsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.TestClock;
import no.bedriftsportal.shared.Msisdn;

/** One-time code challenges are kept a day and known devices until their lifetime has run out, by a daily job. */
@PortalIntegrationTest
class LoginRetentionIntegrationTest {

    @Autowired
    CompanyMother mother;

    @Autowired
    RequestLoginCode requestLoginCode;

    @Autowired
    LoginRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void challengesOlderThanADayAndDevicesPastTheirLifetimeAreDeletedTheRestKept() {
        Msisdn user = mother.company().superUser();
        Instant now = TestClock.START;
        clock.set(now.minus(Duration.ofDays(2)));
        requestLoginCode.request(user, "192.0.2.31", null);
        clock.set(now.minus(Duration.ofHours(2)));
        requestLoginCode.request(user, "192.0.2.31", null);
        clock.set(now);
        device("old", user, now.minus(LoginDevices.LIFETIME).minusSeconds(60));
        device("recent", user, now.minus(Duration.ofDays(30)));

        LoginRetention.Pruned pruned = retention.prune();

        assertThat(pruned.challenges()).isGreaterThanOrEqualTo(1);
        assertThat(pruned.devices()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from login_challenge where msisdn = :msisdn and created_at < :dayAgo")
                .param("msisdn", user.value()).param("dayAgo", Timestamp.from(now.minus(LoginRetention.CHALLENGES_KEPT)))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from login_challenge where msisdn = :msisdn").param("msisdn", user.value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select convert_from(device_hash, 'UTF8') from login_device where msisdn = :msisdn")
                .param("msisdn", user.value()).query(String.class).list()).containsExactly("recent");
    }

    private void device(String hash, Msisdn msisdn, Instant lastLogin) {
        jdbc.sql("insert into login_device (device_hash, msisdn, created_at, last_login_at) values (convert_to(:hash, 'UTF8'), "
                + ":msisdn, :at, :at)").param("hash", hash).param("msisdn", msisdn.value()).param("at", Timestamp.from(lastLogin))
                .update();
    }
}

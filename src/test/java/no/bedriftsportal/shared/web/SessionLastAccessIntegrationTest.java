package no.bedriftsportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;

/**
 * #12.7: a request that changes nothing in its session writes nothing to the session store; its
 * last access is written again once it is a minute old ({@link LastAccessThrottle}).
 */
@PortalIntegrationTest
class SessionLastAccessIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void requestsWithinAMinuteLeaveTheStoredSessionAsItWas() {
        PortalHttpClient client = new PortalHttpClient(port);
        client.logIn(mother.company("Salg").superUser(), outbox);
        assertThat(client.get("/").status()).isEqualTo(200);
        String id = new String(Base64.getDecoder().decode(client.sessionId()), StandardCharsets.UTF_8);
        long stored = lastAccess(id);

        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/dashboard/costs?costs=12").status()).isEqualTo(200);
        }
        assertThat(lastAccess(id)).as("not written by requests that changed nothing else").isEqualTo(stored);

        jdbc.sql("update spring_session set last_access_time = last_access_time - 61000 where session_id = :id")
                .param("id", id).update();
        assertThat(client.get("/dashboard/costs?costs=12").status()).isEqualTo(200);
        assertThat(lastAccess(id)).as("written again once a minute old").isGreaterThan(stored - 61000);
    }

    private long lastAccess(String sessionId) {
        return jdbc.sql("select last_access_time from spring_session where session_id = :id").param("id", sessionId)
                .query(Long.class).single();
    }
}

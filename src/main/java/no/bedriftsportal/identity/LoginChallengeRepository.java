package no.bedriftsportal.identity;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The login_challenge table: one row per one-time code, holding only its hash. */
@Repository
class LoginChallengeRepository {

    private final JdbcClient jdbc;

    LoginChallengeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds back concurrent requests for the same key (a number, an address) until the transaction ends. */
    void lock(String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", key).query((rs, n) -> n).list();
    }

    int countForNumberSince(String msisdn, Instant since) {
        return jdbc.sql("select count(*) from login_challenge where msisdn = :msisdn and created_at > :since")
                .param("msisdn", msisdn).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    int countForAddressSince(String clientAddress, Instant since) {
        return jdbc.sql("select count(*) from login_challenge where client_address = :client and created_at > :since")
                .param("client", clientAddress).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** When the codes for this number asked for by this address (or, with a hash, this known device) were made, oldest first. */
    List<Instant> createdForNumberSince(String msisdn, String clientAddress, byte[] deviceHash, Instant since) {
        String requester = deviceHash == null ? "client_address = :client and device_hash is null" : "device_hash = :device";
        return jdbc.sql("select created_at from login_challenge where msisdn = :msisdn and " + requester
                        + " and created_at > :since order by created_at")
                .param("msisdn", msisdn).param("client", clientAddress).param("device", deviceHash)
                .param("since", Timestamp.from(since))
                .query((rs, n) -> rs.getTimestamp("created_at").toInstant()).list();
    }

    void insert(Challenge challenge, byte[] deviceHash) {
        jdbc.sql("""
                insert into login_challenge (challenge_id, msisdn, code_hash, deliverable, client_address, created_at, expires_at,
                                             device_hash)
                values (:id, :msisdn, :hash, :deliverable, :client, :createdAt, :expiresAt, :device)""")
                .param("device", new SqlParameterValue(Types.BINARY, deviceHash))
                .param("id", challenge.id()).param("msisdn", challenge.msisdn()).param("hash", challenge.codeHash())
                .param("deliverable", challenge.deliverable()).param("client", challenge.clientAddress())
                .param("createdAt", Timestamp.from(challenge.createdAt())).param("expiresAt", Timestamp.from(challenge.expiresAt()))
                .update();
    }

    /** The challenge, locked for this transaction so that parallel guesses are counted one by one. */
    Optional<Challenge> findForUpdate(UUID id) {
        return jdbc.sql("""
                select challenge_id, msisdn, code_hash, deliverable, client_address, created_at, expires_at,
                       failed_attempts, consumed_at
                from login_challenge where challenge_id = :id for update""")
                .param("id", id)
                .query((rs, n) -> new Challenge(rs.getObject("challenge_id", UUID.class), rs.getString("msisdn"),
                        rs.getBytes("code_hash"), rs.getBoolean("deliverable"), rs.getString("client_address"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                        rs.getInt("failed_attempts"),
                        rs.getTimestamp("consumed_at") == null ? null : rs.getTimestamp("consumed_at").toInstant()))
                .optional();
    }

    void countFailedAttempt(UUID id) {
        jdbc.sql("update login_challenge set failed_attempts = failed_attempts + 1 where challenge_id = :id")
                .param("id", id).update();
    }

    void consume(UUID id, Instant at) {
        jdbc.sql("update login_challenge set consumed_at = :at where challenge_id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    /** Old challenges are kept a day for the rate limits and the audit trail, then deleted. */
    int deleteCreatedBefore(Instant before) {
        return jdbc.sql("delete from login_challenge where created_at < :before")
                .param("before", Timestamp.from(before)).update();
    }

    record Challenge(UUID id, String msisdn, byte[] codeHash, boolean deliverable, String clientAddress, Instant createdAt,
            Instant expiresAt, int failedAttempts, Instant consumedAt) {
    }
}

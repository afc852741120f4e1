package no.bedriftsportal.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.SqlArrays;
import no.bedriftsportal.shared.api.ApiScope;

/** The api_token table: tokens by company, and by the hash of their secret. */
@Repository
class ApiTokenRepository {

    private static final String SELECT = """
            select company_id, api_token_id, name, token_prefix, scopes, customer_account_ids, created_by, created_at,
                   expires_at, last_used_at, revoked_at, revoked_by
            from api_token
            """;

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long companyId, String name, byte[] hash, String prefix, Set<ApiScope> scopes, Set<Long> customerAccountIds,
            long createdBy, Instant createdAt, Instant expiresAt) {
        return jdbc.sql("""
                insert into api_token (company_id, name, token_hash, token_prefix, scopes, customer_account_ids, created_by,
                                       created_at, expires_at)
                values (:companyId, :name, :hash, :prefix, cast(:scopes as text[]), cast(:accounts as bigint[]), :createdBy,
                        :createdAt, :expiresAt)
                returning api_token_id""")
                .param("companyId", companyId).param("name", name).param("hash", hash).param("prefix", prefix)
                .param("scopes", SqlArrays.texts(scopes.stream().map(ApiScope::value).sorted().toList()))
                .param("accounts", customerAccountIds == null ? null : SqlArrays.bigints(customerAccountIds.stream().sorted().toList()))
                .param("createdBy", createdBy).param("createdAt", Timestamp.from(createdAt))
                .param("expiresAt", expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    /** Newest first. */
    List<ApiToken> list(long companyId) {
        return jdbc.sql(SELECT + "where company_id = :companyId order by created_at desc, api_token_id desc")
                .param("companyId", companyId).query(ApiTokenRepository::token).list();
    }

    Optional<ApiToken> find(long companyId, long tokenId) {
        return jdbc.sql(SELECT + "where company_id = :companyId and api_token_id = :id")
                .param("companyId", companyId).param("id", tokenId).query(ApiTokenRepository::token).optional();
    }

    /** Across companies: the token of a secret's hash (the caller runs this on the operator's connections). */
    Optional<ApiToken> findByHash(byte[] hash) {
        return jdbc.sql(SELECT + "where token_hash = :hash").param("hash", hash).query(ApiTokenRepository::token).optional();
    }

    boolean revoke(long companyId, long tokenId, long byUser, Instant at) {
        return jdbc.sql("""
                update api_token set revoked_at = :at, revoked_by = :by
                where company_id = :companyId and api_token_id = :id and revoked_at is null""")
                .param("at", Timestamp.from(at)).param("by", byUser).param("companyId", companyId).param("id", tokenId)
                .update() == 1;
    }

    /** Marks the use, unless one was marked since {@code notSince}: at most one write a minute per token. */
    boolean used(long companyId, long tokenId, Instant at, Instant notSince) {
        return jdbc.sql("""
                update api_token set last_used_at = :at
                where company_id = :companyId and api_token_id = :id and (last_used_at is null or last_used_at < :notSince)""")
                .param("at", Timestamp.from(at)).param("notSince", Timestamp.from(notSince))
                .param("companyId", companyId).param("id", tokenId).update() == 1;
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("company_id"), rs.getLong("api_token_id"), rs.getString("name"), rs.getString("token_prefix"),
                scopes(rs.getArray("scopes")), accounts(rs.getArray("customer_account_ids")), rs.getLong("created_by"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"),
                rs.getObject("revoked_by", Long.class));
    }

    /** Scopes a later version no longer knows are dropped, never widened. */
    private static Set<ApiScope> scopes(Array array) throws SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (Object value : (Object[]) array.getArray()) {
            ApiScope.of((String) value).ifPresent(scopes::add);
        }
        return scopes;
    }

    private static Set<Long> accounts(Array array) throws SQLException {
        return array == null ? null
                : Arrays.stream((Object[]) array.getArray()).map(value -> ((Number) value).longValue()).collect(Collectors.toSet());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}

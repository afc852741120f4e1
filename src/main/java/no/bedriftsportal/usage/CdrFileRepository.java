package no.bedriftsportal.usage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The file ledger (cdr_file) and its rejected records (cdr_rejection). */
@Repository
class CdrFileRepository {

    private static final String COLUMNS = """
            cdr_file_id, name, sha256, source, received_at, processed_at, records, rated, duplicate, rejected, status,
            refused_reason""";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    CdrFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The file ingested with this content, if one was; a refused one does not count. */
    Optional<CdrFileSummary> findBySha256(String sha256) {
        return jdbc.sql("select " + COLUMNS + " from cdr_file where sha256 = :sha and status = 'INGESTED'").param("sha", sha256)
                .query(CdrFileRepository::summary).optional();
    }

    Optional<CdrFileSummary> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from cdr_file where cdr_file_id = :id").param("id", id)
                .query(CdrFileRepository::summary).optional();
    }

    List<CdrFileSummary> latest(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from cdr_file order by cdr_file_id desc offset :offset limit :limit")
                .param("offset", offset).param("limit", limit)
                .query(CdrFileRepository::summary).list();
    }

    /** The ledger row, written first in the file's transaction; its counts are set when the file is done. */
    long insert(String name, String sha256, CdrSource source, Instant receivedAt) {
        return jdbc.sql("""
                insert into cdr_file (sha256, name, source, received_at, processed_at, records, rated, duplicate, rejected)
                values (:sha, :name, :source, :at, :at, 0, 0, 0, 0) returning cdr_file_id""")
                .param("sha", sha256).param("name", name).param("source", source.name()).param("at", Timestamp.from(receivedAt))
                .query(Long.class).single();
    }

    /** A file refused whole: in the ledger with why, counting nothing. Its own transaction, after the file's was rolled back. */
    long insertRefused(String name, String sha256, CdrSource source, Instant at, String reason) {
        return jdbc.sql("""
                insert into cdr_file (sha256, name, source, received_at, processed_at, records, rated, duplicate, rejected,
                                      status, refused_reason)
                values (:sha, :name, :source, :at, :at, 0, 0, 0, 0, 'REFUSED', :reason) returning cdr_file_id""")
                .param("sha", sha256).param("name", name).param("source", source.name()).param("at", Timestamp.from(at))
                .param("reason", reason).query(Long.class).single();
    }

    void complete(long id, Instant processedAt, int records, int rated, int duplicate, int rejected,
            List<RejectionCount> notKept) {
        jdbc.sql("""
                update cdr_file set processed_at = :at, records = :records, rated = :rated, duplicate = :duplicate,
                       rejected = :rejected, rejections_not_kept = cast(:notKept as jsonb)
                where cdr_file_id = :id""")
                .param("at", Timestamp.from(processedAt)).param("records", records).param("rated", rated)
                .param("duplicate", duplicate).param("rejected", rejected).param("notKept", JSON.writeValueAsString(notKept))
                .param("id", id)
                .update();
    }

    List<CdrRejection> rejections(long fileId, int offset, int limit) {
        return jdbc.sql("""
                select line_number, cdr_id, reason, raw_line from cdr_rejection where cdr_file_id = :id
                order by line_number offset :offset limit :limit""")
                .param("id", fileId).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new CdrRejection(rs.getInt("line_number"), rs.getString("cdr_id"), rs.getString("reason"),
                        rs.getString("raw_line")))
                .list();
    }

    /** The file's rejected records past those kept one by one, counted per reason, most first. */
    List<RejectionCount> rejectionsNotKept(long fileId) {
        String json = jdbc.sql("select rejections_not_kept::text from cdr_file where cdr_file_id = :id").param("id", fileId)
                .query(String.class).optional().orElse("[]");
        return JSON.readValue(json, new TypeReference<List<RejectionCount>>() {
        });
    }

    private static CdrFileSummary summary(ResultSet rs, int row) throws SQLException {
        return new CdrFileSummary(rs.getLong("cdr_file_id"), rs.getString("name"), rs.getString("sha256"),
                CdrSource.valueOf(rs.getString("source")), rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("processed_at").toInstant(), rs.getInt("records"), rs.getInt("rated"), rs.getInt("duplicate"),
                rs.getInt("rejected"), false, CdrFileStatus.valueOf(rs.getString("status")), rs.getString("refused_reason"));
    }
}

package no.bedriftsportal.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.bedriftsportal.shared.database.CopyBinary;

/**
 * A file's ids in {@code cdr_seen}, on that table's own connection and transaction (the seen
 * lane), so that the server marks ids while it loads events on the file's connection. That
 * transaction is committed just before the file's; an id counts as seen only if its row's file
 * is in the ledger (or is this file), so rows left by an ingest that died between the two commits
 * count for nothing and are taken over by the next delivery of their records.
 */
final class SeenIds {

    /**
     * Inserts a batch's ids (copied into the temporary table ingest_id) into cdr_seen and answers
     * the lines of those seen before: there already for this file or for a file in the ledger. A
     * row whose file is in neither was left by an ingest that did not commit, and is taken over.
     */
    private static final String INSERT_SKIPPING_SEEN = """
            with marked as (
                insert into cdr_seen as seen (cdr_id, cdr_file_id, line_number)
                select cdr_id, cdr_file_id, line_number from ingest_id
                on conflict (cdr_id) do update set cdr_file_id = excluded.cdr_file_id, line_number = excluded.line_number
                where seen.cdr_file_id <> excluded.cdr_file_id
                  and not exists (select from cdr_file f where f.cdr_file_id = seen.cdr_file_id)
                returning line_number)
            select line_number from ingest_id i
            where not exists (select from marked m where m.line_number = i.line_number)""";

    private final Connection connection;
    private final long fileId;

    SeenIds(Connection connection, long fileId) {
        this.connection = connection;
        this.fileId = fileId;
    }

    /**
     * Records a batch's ids in cdr_seen; returns the places in the batch ({@code lines} holds their
     * line numbers) of the first lines of ids seen before (rated in another file or an earlier
     * batch of this one). Usually there are none: the ids are copied straight in, in key order.
     * When one is there already, that copy fails whole, is rolled back to its savepoint, and the
     * ids go in one by one through {@link #INSERT_SKIPPING_SEEN}.
     */
    BitSet mark(CopyBinary ids, int[] lines) {
        try {
            Savepoint beforeCopy = connection.setSavepoint();
            try {
                CopyBinary.load(connection, "copy cdr_seen (cdr_id, cdr_file_id, line_number) from stdin (format binary)",
                        List.of(ids));
                connection.releaseSavepoint(beforeCopy);
                return new BitSet();
            } catch (SQLException duplicate) {
                if (!"23505".equals(duplicate.getSQLState())) {
                    throw duplicate;
                }
                connection.rollback(beforeCopy);
                return insertSkippingSeen(ids, lines);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark the file's records as seen: " + e.getMessage(), e);
        }
    }

    private BitSet insertSkippingSeen(CopyBinary ids, int[] lines) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table if not exists ingest_id (cdr_id text, cdr_file_id bigint, line_number int) on commit drop");
            statement.execute("truncate ingest_id");
        }
        CopyBinary.load(connection, "copy ingest_id from stdin (format binary)", List.of(ids));
        BitSet seenBefore = new BitSet();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SKIPPING_SEEN);
             ResultSet found = insert.executeQuery()) {
            while (found.next()) {
                seenBefore.set(Arrays.binarySearch(lines, found.getInt(1)));
            }
        }
        return seenBefore;
    }

    /**
     * Takes the refused records' ids out of cdr_seen, so that a corrected delivery is rated, and
     * puts in those of records refused first and rated on a later line of this file.
     */
    void unmarkRefused(Set<String> refusedIds, Map<String, Integer> recoveredIds) throws SQLException {
        if (!refusedIds.isEmpty()) { // by id, cdr_seen's key; only the rows this file put there
            try (PreparedStatement unmark = connection.prepareStatement(
                    "delete from cdr_seen where cdr_id = any(?) and cdr_file_id = ?")) {
                unmark.setArray(1, connection.createArrayOf("text", refusedIds.toArray()));
                unmark.setLong(2, fileId);
                unmark.executeUpdate();
            }
        }
        if (!recoveredIds.isEmpty()) {
            try (PreparedStatement mark = connection.prepareStatement(
                    "insert into cdr_seen (cdr_id, cdr_file_id, line_number) values (?, ?, ?)")) {
                for (Map.Entry<String, Integer> recovered : recoveredIds.entrySet()) {
                    mark.setString(1, recovered.getKey());
                    mark.setLong(2, fileId);
                    mark.setInt(3, recovered.getValue());
                    mark.addBatch();
                }
                mark.executeBatch();
            }
        }
    }
}

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
 * is in the ledger as ingested (or is this file), so rows left by an ingest that died between the
 * two commits, or by a file refused whole, count for nothing and are taken over by the next
 * delivery of their records.
 *
 * <p>The ids of records refused while rating are kept in the temporary table ingest_refused
 * (handed over batch by batch: {@link #keepRefused}), not in memory; when the file is done they
 * are taken out of cdr_seen, so that a corrected delivery is rated, and those rated on a later
 * line of this file after all are put back with that line ({@link #settle}).
 */
final class SeenIds {

    /**
     * Inserts a batch's ids (copied into the temporary table ingest_id) into cdr_seen and answers
     * the lines of those seen before: there already for this file or for a file in the ledger as
     * ingested, with whether this file refused the id on an earlier line, and rated it later. A
     * row whose file is neither was left by an ingest that did not commit, or by a file refused
     * whole, and is taken over.
     */
    private static final String INSERT_SKIPPING_SEEN = """
            with marked as (
                insert into cdr_seen as seen (cdr_id, cdr_file_id, line_number)
                select cdr_id, cdr_file_id, line_number from ingest_id
                on conflict (cdr_id) do update set cdr_file_id = excluded.cdr_file_id, line_number = excluded.line_number
                where seen.cdr_file_id <> excluded.cdr_file_id
                  and not exists (select from cdr_file f where f.cdr_file_id = seen.cdr_file_id and f.status = 'INGESTED')
                returning line_number)
            select i.line_number, r.cdr_id is not null as refused, r.recovered_line is not null as recovered
            from ingest_id i left join ingest_refused r on r.cdr_id = i.cdr_id
            where not exists (select from marked m where m.line_number = i.line_number)""";
    private static final String CREATE_REFUSED = """
            create temp table if not exists ingest_refused (cdr_id text primary key, recovered_line int) on commit drop""";

    private final Connection connection;
    private final long fileId;
    /** Whether ingest_refused holds anything. Written on the seen lane, read once it is done. */
    private volatile boolean refusedKept;

    SeenIds(Connection connection, long fileId) {
        this.connection = connection;
        this.fileId = fileId;
    }

    /**
     * What marking a batch found, by a record's place in it: its id seen before (rated in another
     * file, or on an earlier line of this one), and of those, refused by this file on an earlier
     * line handed over by now, and rated after all on a later one.
     */
    record Seen(BitSet before, BitSet refused, BitSet recovered) {
        static final Seen NONE = new Seen(new BitSet(), new BitSet(), new BitSet());
    }

    /**
     * Records a batch's ids in cdr_seen ({@code lines} holds their records' line numbers, by place);
     * says which of the first lines of its ids were seen before. Usually none are: the ids are
     * copied straight in, in key order. When one is there already, that copy fails whole, is rolled
     * back to its savepoint, and the ids go in one by one through {@link #INSERT_SKIPPING_SEEN}.
     */
    Seen mark(CopyBinary ids, int[] lines) {
        try {
            Savepoint beforeCopy = connection.setSavepoint();
            try {
                CopyBinary.load(connection, "copy cdr_seen (cdr_id, cdr_file_id, line_number) from stdin (format binary)",
                        List.of(ids));
                connection.releaseSavepoint(beforeCopy);
                return Seen.NONE;
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

    private Seen insertSkippingSeen(CopyBinary ids, int[] lines) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table if not exists ingest_id (cdr_id text, cdr_file_id bigint, line_number int) on commit drop");
            statement.execute("truncate ingest_id");
            statement.execute(CREATE_REFUSED);
        }
        CopyBinary.load(connection, "copy ingest_id from stdin (format binary)", List.of(ids));
        Seen seen = new Seen(new BitSet(), new BitSet(), new BitSet());
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SKIPPING_SEEN);
             ResultSet found = insert.executeQuery()) {
            while (found.next()) {
                int place = Arrays.binarySearch(lines, found.getInt(1));
                seen.before().set(place);
                seen.refused().set(place, found.getBoolean(2));
                seen.recovered().set(place, found.getBoolean(3));
            }
        }
        return seen;
    }

    /** Keeps a rated batch's refused ids, and those it rated after an earlier line was refused (with that line). */
    void keepRefused(Set<String> refused, Map<String, Integer> recovered) throws SQLException {
        if (refused.isEmpty() && recovered.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_REFUSED);
        }
        refusedKept = true;
        if (!refused.isEmpty()) {
            try (PreparedStatement keep = connection.prepareStatement("""
                    insert into ingest_refused (cdr_id) select unnest(?::text[]) on conflict do nothing""")) {
                keep.setArray(1, connection.createArrayOf("text", refused.toArray()));
                keep.executeUpdate();
            }
        }
        if (!recovered.isEmpty()) {
            try (PreparedStatement keep = connection.prepareStatement("""
                    insert into ingest_refused (cdr_id, recovered_line) select * from unnest(?::text[], ?::int[])
                    on conflict (cdr_id) do update set recovered_line = excluded.recovered_line""")) {
                keep.setArray(1, connection.createArrayOf("text", recovered.keySet().toArray()));
                keep.setArray(2, connection.createArrayOf("integer", recovered.values().toArray()));
                keep.executeUpdate();
            }
        }
    }

    /**
     * Takes the refused records' ids out of cdr_seen, so that a corrected delivery is rated, and
     * puts back those of records refused first and rated on a later line of this file.
     */
    void settle() throws SQLException {
        if (!refusedKept) {
            return;
        }
        try (PreparedStatement unmark = connection.prepareStatement("""
                delete from cdr_seen s using ingest_refused r where s.cdr_id = r.cdr_id and s.cdr_file_id = ?""");
             PreparedStatement mark = connection.prepareStatement("""
                     insert into cdr_seen (cdr_id, cdr_file_id, line_number)
                     select cdr_id, ?, recovered_line from ingest_refused where recovered_line is not null""")) {
            unmark.setLong(1, fileId);
            unmark.executeUpdate();
            mark.setLong(1, fileId);
            mark.executeUpdate();
        }
    }
}

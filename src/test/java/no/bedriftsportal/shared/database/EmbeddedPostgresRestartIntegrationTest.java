package no.bedriftsportal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded database is durable: what a JVM committed is there after that JVM is killed with
 * SIGKILL, and the next start stops the postmaster the dead JVM left behind.
 */
class EmbeddedPostgresRestartIntegrationTest {

    @Test
    void committedDataSurvivesAKilledJvm() throws Exception {
        Path directory = Path.of("target", "test-postgres-restart-" + System.nanoTime());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WriteThenWait.class.getName(), directory.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(WriteThenWait.READY)) {
                // the child's log, until it has committed its row
            }
            assertThat(line).as("the child JVM wrote its row").isEqualTo(WriteThenWait.READY);
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hook runs, the postmaster is orphaned
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(directory.resolve("postmaster.pid")).as("the orphan still holds the directory").exists();

        EmbeddedPostgres restarted = EmbeddedPostgresServers.serverFor(directory, false,
                EmbeddedPostgresServers.DEFAULT_SHARED_BUFFERS);
        try (Connection connection = restarted.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select note from durability")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("committed before the kill");
            ResultSet settings = connection.createStatement().executeQuery("select current_setting('fsync'), current_setting('synchronous_commit')");
            settings.next();
            assertThat(settings.getString(1)).isEqualTo("on");
            assertThat(settings.getString(2)).isEqualTo("on");
        } finally {
            EmbeddedPostgresServers.stop(directory);
        }
        assertThat(Files.exists(directory.resolve("postmaster.pid"))).isFalse();
    }

    /** Run in a child JVM: starts a fresh server, commits one row, says so, and waits to be killed. */
    public static final class WriteThenWait {

        static final String READY = "READY";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgres server = EmbeddedPostgresServers.serverFor(Path.of(args[0]), true,
                    EmbeddedPostgresServers.DEFAULT_SHARED_BUFFERS);
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create table durability (note text)");
                statement.execute("insert into durability values ('committed before the kill')");
            }
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}

package no.bedriftsportal.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per data directory in this JVM, shared by every application
 * context that asks for the same directory (test contexts included), stopped when the JVM exits.
 *
 * <p>The server is durable: zonky turns {@code fsync} and {@code synchronous_commit} off, we turn
 * them back on. A JVM killed with {@code kill -9} leaves its postmaster running; the next start
 * stops that orphan first (once it has made sure no live JVM still holds the directory).
 */
final class EmbeddedPostgresServers {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Map<Path, EmbeddedPostgres> servers = new HashMap<>();

    private EmbeddedPostgresServers() {
    }

    /**
     * PostgreSQL's own cache. An ingest works on cdr_seen's index and the rollups' indexes of the
     * month, some hundreds of MB: with 256 MB the server spent a tenth more CPU on it, writing out
     * and reading back pages (the usage benchmark). The memory is taken as it is used.
     */
    static final String DEFAULT_SHARED_BUFFERS = "1GB";

    static synchronized EmbeddedPostgres serverFor(Path dataDirectory, boolean startClean, String sharedBuffers) {
        return serverFor(dataDirectory, startClean, sharedBuffers, true);
    }

    /**
     * @param durable {@code fsync} on, as the portal always runs; off only for a directory that is
     *                wiped at every start anyway (the tests'), where flushing every commit and the
     *                shutdown checkpoint to disk buys nothing and costs the suite minutes
     */
    static synchronized EmbeddedPostgres serverFor(Path dataDirectory, boolean startClean, String sharedBuffers,
            boolean durable) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgres running = servers.get(directory);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(directory);
            stopOrphanedPostmaster(directory);
            long started = System.nanoTime();
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(startClean)
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", sharedBuffers)
                    .setServerConfig("max_wal_size", "2GB")
                    .setLocaleConfig("locale", "C")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("Embedded PostgreSQL started in {} ms on port {} with data in {}",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), server.getPort(), directory);
            servers.put(directory, server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /** Stops the server of this directory, if this JVM runs one. */
    static synchronized void stop(Path dataDirectory) throws IOException {
        EmbeddedPostgres server = servers.remove(dataDirectory.toAbsolutePath().normalize());
        if (server != null) {
            server.close();
        }
    }

    /**
     * After a JVM was killed its postmaster keeps running and holds the directory. zonky locks
     * {@code epg-lock} while a JVM uses the directory: if we can take that lock, whatever
     * postmaster is still running there is an orphan and may be stopped.
     */
    private static void stopOrphanedPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(true));
        if (postmaster.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself sees that the process is gone
        }
        Path lockFile = directory.resolve(ZONKY_LOCK_FILE);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another running portal uses the database in " + directory);
            }
        }
        ProcessHandle process = postmaster.get();
        log.warn("Stopping the orphaned PostgreSQL (pid {}) left in {} by a stopped JVM", process.pid(), directory);
        process.destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with the old JVM
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly(); // crash recovery replays the WAL at the next start
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package no.bedriftsportal.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory files are delivered into: the files waiting, in name order (those whose names start
 * with a dot or end in {@code .part} or {@code .tmp} are still being written), and the moves to
 * {@code done/} and {@code failed/} (with a note of why) once a file is handled.
 */
public final class SpoolDirectory {

    private static final Logger log = LoggerFactory.getLogger(SpoolDirectory.class);

    private SpoolDirectory() {
    }

    /**
     * The spool directory made ready at start (with {@code done/} and {@code failed/}), so that a
     * delivery finds it and the log says where it is; a directory that cannot be made is logged,
     * and the spool finds nothing there until it can.
     */
    public static Path prepare(Path directory, String what) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.resolve("done"));
            Files.createDirectories(absolute.resolve("failed"));
            log.info("{} spool: {}", what, absolute);
        } catch (IOException e) {
            log.error("{} spool {} cannot be made: {}", what, absolute, e.toString());
        }
        return directory;
    }

    public static List<Path> waiting(Path directory) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isRegularFile(entry) && !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp")) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    public static void done(Path directory, Path file) {
        try {
            moveTo(directory.resolve("done"), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the file to {@code failed/} and writes why beside it. */
    public static void failed(Path directory, Path file, String reason) throws IOException {
        Path failed = moveTo(directory.resolve("failed"), file);
        Files.writeString(failed.resolveSibling(failed.getFileName() + ".error.txt"), reason + System.lineSeparator(),
                StandardCharsets.UTF_8);
    }

    private static Path moveTo(Path target, Path file) throws IOException {
        Files.createDirectories(target);
        Path destination = target.resolve(file.getFileName());
        if (Files.exists(destination)) {
            destination = target.resolve(System.currentTimeMillis() + "-" + file.getFileName());
        }
        return Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE);
    }
}

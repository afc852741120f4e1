package no.bedriftsportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolDirectoryTest {

    @TempDir
    Path root;

    @Test
    void aSpoolThatIsNotThereYetIsMadeAtStartWithItsDoneAndFailedFolders() {
        Path spool = root.resolve("data/spool");

        assertThat(SpoolDirectory.prepare(spool, "CDR")).isEqualTo(spool);

        assertThat(spool.resolve("done")).isDirectory();
        assertThat(spool.resolve("failed")).isDirectory();
        assertThat(SpoolDirectory.waiting(spool)).isEmpty(); // its own folders are not files waiting
    }

    @Test
    void filesWaitInNameOrderAndThoseBeingWrittenAreLeftAlone() throws IOException {
        SpoolDirectory.prepare(root, "CDR");
        for (String name : new String[] {"b.csv", "a.csv.gz", "c.csv.part", ".d.csv", "e.tmp"}) {
            Files.writeString(root.resolve(name), "x");
        }

        assertThat(SpoolDirectory.waiting(root)).extracting(file -> file.getFileName().toString())
                .containsExactly("a.csv.gz", "b.csv");
    }

    @Test
    void aFailedFileHasItsReasonBesideIt() throws IOException {
        Path file = Files.writeString(root.resolve("bad.csv.gz"), "not gzip");

        SpoolDirectory.failed(root, file, "the file is not a readable CSV or gzip file");

        assertThat(root.resolve("failed/bad.csv.gz")).exists();
        assertThat(root.resolve("failed/bad.csv.gz.error.txt")).content().contains("not a readable CSV or gzip file");
        assertThat(file).doesNotExist();
    }

    @Test
    void aSpoolThatCannotBeMadeIsLoggedAndFindsNothing() throws IOException {
        Path blocked = Files.writeString(root.resolve("a-file"), "x").resolve("spool"); // below a file: cannot be made

        SpoolDirectory.prepare(blocked, "OCR");

        assertThat(SpoolDirectory.waiting(blocked)).isEmpty();
    }
}

package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a refused OCR file states, for the ledger to count as refused. */
class OcrStatementTest {

    private static final OcrGiroFile FILE = new OcrGiroFile("0170031", List.of(new OcrAssignment("001008566", "0000001",
            "15032812349", List.of(
                    new OcrPayment(1, LocalDate.of(2026, 12, 14), new BigDecimal("1234.50"), "1000123400000012", "", "13"),
                    new OcrPayment(2, LocalDate.of(2026, 12, 14), new BigDecimal("-99.00"), "1000123400000012", "", "18"),
                    new OcrPayment(3, LocalDate.of(2026, 12, 15), new BigDecimal("50.00"), "", "", "21")))));

    @TempDir
    Path directory;

    @Test
    void aFileWithAnEndRecordStatesWhatItSays() throws IOException {
        List<String> lines = lines(FILE);
        // a sign that is neither 0 nor -: the parser refuses the file, its end record still reads
        lines.set(4, lines.get(4).substring(0, 31) + "X" + lines.get(4).substring(32));

        OcrStatement statement = OcrStatement.of(write(lines));

        assertThat(statement.transmissionNumber()).isEqualTo("0170031");
        assertThat(statement.transactions()).isEqualTo(3);
        assertThat(statement.total()).isEqualByComparingTo("1185.50");
    }

    @Test
    void aFileCutOffBeforeItsEndRecordStatesTheAmountItemsThatRead() throws IOException {
        List<String> lines = lines(FILE).subList(0, 6); // start, assignment, two payments (items 1 and 2)

        OcrStatement statement = OcrStatement.of(write(lines));

        assertThat(statement.transactions()).isEqualTo(2);
        assertThat(statement.total()).isEqualByComparingTo("1135.50");
    }

    @Test
    void aFileThatIsNoOcrFileStatesNothing() throws IOException {
        OcrStatement statement = OcrStatement.of(write(List.of("x".repeat(100_000), "Hei")));

        assertThat(statement.transmissionNumber()).isNull();
        assertThat(statement.transactions()).isZero();
        assertThat(statement.total()).isEqualByComparingTo("0.00");
    }

    private static List<String> lines(OcrGiroFile file) {
        return Arrays.asList(new String(OcrGiroWriter.write(file), StandardCharsets.ISO_8859_1).split("\n"));
    }

    private Path write(List<String> lines) throws IOException {
        return Files.writeString(directory.resolve("ocr.txt"), String.join("\r\n", lines) + "\r\n", StandardCharsets.ISO_8859_1);
    }
}

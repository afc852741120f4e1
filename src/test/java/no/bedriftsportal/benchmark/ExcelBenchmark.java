package no.bedriftsportal.benchmark;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import no.bedriftsportal.shared.excel.ExcelColumn;
import no.bedriftsportal.shared.excel.ExcelWorkbook;

/**
 * Issue #5's export goal: 100,000 rows of 8 columns written as .xlsx in ≤ 3 s with flat memory.
 * The profile runs it with a 64 MB heap, so finishing at all shows that the rows are streamed.
 * Prints the time of each of five runs and the file's size.
 */
public final class ExcelBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 100_000);

    public static void main(String[] args) throws Exception {
        List<ExcelColumn> columns = List.of(ExcelColumn.text("Navn", 24), ExcelColumn.text("Nummer", 12),
                ExcelColumn.text("Avdeling", 16), ExcelColumn.integer("Minutter"), ExcelColumn.integer("Meldinger"),
                ExcelColumn.decimal("MB"), ExcelColumn.money("Kostnad"), ExcelColumn.date("Dato"));
        Path file = Files.createTempFile("excel-benchmark", ".xlsx");
        StringBuilder timings = new StringBuilder();
        for (int run = 0; run < 5; run++) {
            long started = System.nanoTime();
            try (ExcelWorkbook workbook = new ExcelWorkbook(); OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                ExcelWorkbook.Sheet sheet = workbook.sheet("Brukere", columns);
                LocalDate day = LocalDate.of(2026, 1, 1);
                for (int i = 0; i < ROWS; i++) {
                    sheet.row("Ansatt " + i + (i % 97 == 0 ? " =SUM(A1)" : ""), "+47" + (40_000_000 + i), "Avdeling " + (i % 12),
                            i % 900, i % 300, BigDecimal.valueOf(i % 20_000, 1), BigDecimal.valueOf(i * 37L % 1_000_000, 2),
                            day.plusDays(i % 365));
                }
                sheet.filter().totals("Sum");
                workbook.writeTo(out);
            }
            timings.append(String.format(Locale.ROOT, " %.2f s", BenchmarkPortal.seconds(started)));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Excel export: %,d rows × %d columns, %.1f MB file, max heap %d MB; runs:%s%n", ROWS,
                columns.size(), Files.size(file) / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000, timings);
        Files.delete(file);
    }

    private ExcelBenchmark() {
    }
}

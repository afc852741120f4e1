package no.bedriftsportal.benchmark;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.bedriftsportal.shared.pdf.PdfColumn;
import no.bedriftsportal.shared.pdf.PdfHeading;
import no.bedriftsportal.shared.pdf.PdfTable;

/**
 * Issue #16's goal for the reports' simplified PDF: 50 pages in ≤ 2 s. Writes a landscape table of
 * eight columns filling exactly 50 pages, warms up, then times ten runs and prints the median and the
 * slowest, with the time of a one-row table beside it (what every PDF pays: fonts, heading, saving).
 */
public final class PdfTableBenchmark {

    private static final int PAGES = Integer.getInteger("benchmark.pages", 50);
    private static final int WARM_UPS = 5;
    private static final int RUNS = 10;
    private static final List<PdfColumn> COLUMNS = List.of(PdfColumn.text("Navn", 24), PdfColumn.text("Nummer", 11),
            PdfColumn.text("Avdeling", 16), PdfColumn.integer("Minutter"), PdfColumn.duration("Samtaletid"),
            PdfColumn.decimal("MB"), PdfColumn.money("Kostnad kr"), PdfColumn.dateTime("Sist brukt"));
    private static final PdfHeading HEADING = new PdfHeading("Kostnad per bruker", "Fjordkraft Bygg AS",
            List.of("Periode: 01.11.2026–30.11.2026", "Filter: alle avdelinger", "Laget 06.12.2026 kl. 14:03"));

    public static void main(String[] args) {
        int rows = rowsFilling(PAGES);
        for (int run = 0; run < WARM_UPS; run++) {
            write(rows);
            write(1);
        }
        List<Double> full = new ArrayList<>();
        List<Double> small = new ArrayList<>();
        Result last = null;
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            last = write(rows);
            full.add((System.nanoTime() - started) / 1e6);
            started = System.nanoTime();
            write(1);
            small.add((System.nanoTime() - started) / 1e6);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "PDF table: %,d rows × %d columns on %d pages, %.0f kB; %s; a one-row table: %s%n",
                rows, COLUMNS.size(), last.pages(), last.bytes() / 1e3, medianAndMax(full), medianAndMax(small));
    }

    /** The most rows that, with the totals row, still fit on {@code pages} pages. */
    private static int rowsFilling(int pages) {
        int rows;
        try (PdfTable table = PdfTable.open(new ByteArrayOutputStream(), HEADING, COLUMNS)) {
            rows = 0;
            while (table.pages() <= pages) {
                row(table, rows++);
            }
        }
        while (write(rows).pages() > pages) {
            rows--;
        }
        return rows;
    }

    private static Result write(int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        int pages;
        try (PdfTable table = PdfTable.open(out, HEADING, COLUMNS)) {
            for (int i = 0; i < rows; i++) {
                row(table, i);
            }
            table.totals("Sum", null, null, 123_456, Duration.ofSeconds(7_654_321), new BigDecimal("98765.432"),
                    new BigDecimal("1234567.89"), null);
            pages = table.pages();
        }
        return new Result(pages, out.size());
    }

    private static void row(PdfTable table, int i) {
        table.row("Ansatt nummer " + i + (i % 97 == 0 ? " Ærlige Østbø-Åsheim med et langt navn" : ""), "+47 " + (40_000_000 + i),
                "Avdeling " + (i % 12), i % 900, Duration.ofSeconds(i * 37L % 20_000), BigDecimal.valueOf(i % 20_000, 1),
                BigDecimal.valueOf(i * 37L % 1_000_000 - 20_000, 2),
                Instant.parse("2026-11-01T08:00:00Z").plusSeconds(i * 613L));
    }

    private static String medianAndMax(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return String.format(Locale.ROOT, "median %.0f ms, max %.0f ms (n=%d)", sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    private record Result(int pages, int bytes) {
    }

    private PdfTableBenchmark() {
    }
}

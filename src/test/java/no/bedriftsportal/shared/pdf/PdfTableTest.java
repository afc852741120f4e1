package no.bedriftsportal.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF table, written and then read back with PDFBox's text extraction, the way a search or a copy sees it. */
class PdfTableTest {

    private static final PdfHeading HEADING = new PdfHeading("Kostnad per bruker", "Fjordkraft Bygg AS",
            List.of("Periode: 01.11.2026–30.11.2026", "Avdeling: Økonomi", "Laget 06.12.2026 kl. 14:03"));
    private static final List<PdfColumn> COLUMNS = List.of(PdfColumn.text("Navn", 30), PdfColumn.integer("Minutter"),
            PdfColumn.money("Kostnad kr"), PdfColumn.date("Kjøpt"));
    private static final String PAGE_END = "\n<sideskift>\n";

    @Test
    void writesTheHeadingTheColumnHeadersCellsInNorwegianFormatTotalsAndThePageNumber() throws IOException {
        byte[] pdf = write(COLUMNS, table -> table
                .row("Kåre Ødegård Æsøy", 12_345, new BigDecimal("12345.67"), LocalDate.of(2026, 12, 6))
                .row("=SUM(A1)", null, new BigDecimal("-1234.5"), null)
                .row("Et svært langt navn som aldri får plass i kolonnen sin uansett hvor bred siden er", 1L, 3, null)
                .totals("Sum", 12_347, new BigDecimal("11114.17"), null));

        List<String> lines = text(pdf).lines().toList();
        assertThat(lines).startsWith("Kostnad per bruker", "Fjordkraft Bygg AS", "Periode: 01.11.2026–30.11.2026",
                "Avdeling: Økonomi", "Laget 06.12.2026 kl. 14:03", "Navn Minutter Kostnad kr Kjøpt");
        assertThat(lines).contains("Kåre Ødegård Æsøy " + figure("12 345") + " " + figure("12 345,67") + " 06.12.2026",
                "=SUM(A1) " + figure("-1 234,50"),
                "Sum " + figure("12 347") + " " + figure("11 114,17"),
                "Side 1 av 1");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Et svært langt navn").endsWith("… 1 3,00")
                .doesNotContain("siden er"));
    }

    @Test
    void showsDurationsTimesPercentagesAndDecimalsTheNorwegianWay() throws IOException {
        List<PdfColumn> columns = List.of(PdfColumn.duration("Samtaletid"), PdfColumn.dateTime("Tidspunkt"),
                PdfColumn.percent("Andel"), PdfColumn.decimal("MB"), PdfColumn.date("Dag"));
        byte[] pdf = write(columns, table -> table
                .row(Duration.ofSeconds(3 * 3600 + 7 * 60 + 5), Instant.parse("2026-07-01T12:03:00Z"), 45, new BigDecimal("1534.2174"),
                        Instant.parse("2026-12-31T23:30:00Z"))
                .row(125L, null, new BigDecimal("12.25"), 0.5, null)
                .totals("Sum", null, null, new BigDecimal("1534.7174"), null));

        assertThat(text(pdf)).contains("3:07:05 01.07.2026 14:03 45" + nb("%") + " " + figure("1 534,217") + " 01.01.2027",
                "0:02:05 12,3" + nb("%") + " 0,5", "Sum " + figure("1 534,717"));
    }

    @Test
    void numbersEveryPageAndRepeatsTheColumnHeadersAndACompactHeading() throws IOException {
        byte[] pdf = write(COLUMNS, table -> {
            for (int i = 1; i <= 3_000; i++) {
                table.row("Ansatt " + i, i, BigDecimal.valueOf(i, 2), null);
            }
            assertThat(table.rows()).isEqualTo(3_000);
        });

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = document.getNumberOfPages();
            assertThat(count).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd(PAGE_END);
            String[] pages = stripper.getText(document).split(PAGE_END);
            assertThat(pages).hasSize(count);
            for (int page = 1; page <= count; page++) {
                String text = pages[page - 1];
                assertThat(text).contains("Side " + page + " av " + count, "Navn Minutter Kostnad kr Kjøpt");
                if (page > 1) {
                    assertThat(text).startsWith("Kostnad per bruker  ·  Fjordkraft Bygg AS").doesNotContain("Periode");
                }
            }
            assertThat(pages[count - 1]).contains("Ansatt 3000 ");
        }
    }

    @Test
    void turnsThePageToLandscapeWhenTheColumnsNeedTheWidthOrWhenAsked() throws IOException {
        List<PdfColumn> many = List.of(PdfColumn.text("Navn", 20), PdfColumn.text("Nummer", 10), PdfColumn.text("Avdeling", 14),
                PdfColumn.integer("Minutter"), PdfColumn.integer("SMS"), PdfColumn.decimal("MB"), PdfColumn.money("Kostnad kr"),
                PdfColumn.date("Fra"));
        List<PdfColumn> wide = List.of(PdfColumn.text("Beskrivelse", 110), PdfColumn.money("Kostnad kr"));

        assertThat(firstPage(write(many, table -> table.row("Kari", "+4791234567", "Salg", 1, 2, 3, 4, null)))).satisfies(landscape());
        assertThat(firstPage(write(wide, table -> table.row("Fast pris", 99)))).satisfies(landscape());
        assertThat(firstPage(write(COLUMNS, table -> table.row("Kari", 1, 2, null)))).satisfies(portrait());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfTable.open(out, HEADING, COLUMNS, PdfTable.Orientation.LANDSCAPE).row("Kari", 1, 2, null).close();
        assertThat(firstPage(out.toByteArray())).satisfies(landscape());
    }

    @Test
    void stopsAtTheLastPageAllowedWithTheTotalsAndALineSayingHowManyRowsWereLeftOut() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfTable table = new PdfTable(out, HEADING, COLUMNS, PdfTable.Orientation.PORTRAIT, 3)) {
            for (int i = 1; i <= 100_000; i++) {
                table.row("Rad " + i, i, BigDecimal.ONE, null);
            }
            table.totals("Sum", 5_000_050_000L, new BigDecimal("100000"), null);
            assertThat(table.pages()).isEqualTo(3);
            assertThat(table.rows()).isEqualTo(100_000);
        }

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            String last = text(document, 3);
            Matcher drawn = Pattern.compile("Rad (\\d+) ").matcher(last);
            int lastDrawn = 0;
            while (drawn.find()) {
                lastDrawn = Integer.parseInt(drawn.group(1));
            }
            assertThat(lastDrawn).isGreaterThan(100);
            assertThat(last).contains("Sum " + figure("5 000 050 000") + " " + figure("100 000,00"),
                    "Tabellen er kuttet etter 3 sider: " + figure(String.format("%,d", 100_000 - lastDrawn).replace(',', ' '))
                            + " rader av " + figure("100 000") + " er ikke med.",
                    "Side 3 av 3");
        }
    }

    @Test
    void drawsWhatTheFontLacksAsAQuestionMarkAndControlCharactersAsSpaces() throws IOException {
        byte[] pdf = write(COLUMNS, table -> table.row("Ola\tNordmann\u0000\n😀 中 ✓", null, null, null)
                .totals("Sum 😀", null, null, null));

        assertThat(text(pdf)).contains("Ola Nordmann  ? ? ?", "Sum ?");
    }

    @Test
    void refusesARowWithTheWrongNumberOfValuesAndRowsAfterClosing() {
        PdfTable table = PdfTable.open(new ByteArrayOutputStream(), HEADING, COLUMNS);
        assertThatThrownBy(() -> table.row("Kari", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.totals("Sum", 1, 2, 3, 4)).isInstanceOf(IllegalArgumentException.class);
        table.close();
        table.close();
        assertThatThrownBy(() -> table.row("Kari", 1, 2, null)).isInstanceOf(IllegalStateException.class);
    }

    /** The parsed fonts are lent to one document at a time; tables written at once must not mix them up. */
    @Test
    void writesTablesOnSeveralThreadsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int number = t;
                texts.add(threads.submit(() -> text(write(COLUMNS, table -> {
                    for (int i = 0; i < 150; i++) {
                        table.row("Tråd " + number + " rad " + i, i, BigDecimal.valueOf(number), null);
                    }
                }))));
            }
            for (int t = 0; t < texts.size(); t++) {
                assertThat(texts.get(t).get()).contains("Tråd " + t + " rad 149 ", "Side 1 av ");
            }
        } finally {
            threads.shutdown();
        }
    }

    private static Consumer<PDRectangle> landscape() {
        return box -> assertThat(box.getWidth()).isGreaterThan(box.getHeight());
    }

    private static Consumer<PDRectangle> portrait() {
        return box -> assertThat(box.getHeight()).isGreaterThan(box.getWidth());
    }

    /** A figure as printed: a no-break space between thousands and a true minus sign. */
    private static String figure(String plain) {
        return plain.replace(' ', '\u00a0').replace('-', '−');
    }

    private static String nb(String unit) {
        return "\u00a0" + unit;
    }

    private static byte[] write(List<PdfColumn> columns, Consumer<PdfTable> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfTable table = PdfTable.open(out, HEADING, columns)) {
            rows.accept(table);
        }
        return out.toByteArray();
    }

    private static PDRectangle firstPage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getPage(0).getMediaBox();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}

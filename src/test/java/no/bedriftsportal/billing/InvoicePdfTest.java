package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

    @Test
    void an_invoice_shows_what_bokforingsforskriften_asks() throws IOException {
        InvoiceDocument invoice = InvoiceMother.invoice().withSubscriptions(2).build();

        String text = text(InvoicePdf.render(invoice));

        assertThat(text).contains(
                "Faktura 2027001",
                "Fjordnett Mobil AS", "Postboks 1234 Sentrum", "0106 Oslo",
                "Org.nr. 923 609 016 MVA", "Foretaksregisteret",
                "Bølgen & Søn Rørlegger AS", "Øvre Ålgård vei 12", "4330 Ålgård", "Org.nr. 998 877 660",
                "Fakturanummer 2027001",
                "Fakturadato 01.01.2027",
                "Forfallsdato 15.01.2027",
                "Periode 01.12.2026–31.12.2026",
                "Kundenummer 10001234",
                "KID " + invoice.kid(),
                "Kontonummer 1234.56.78903");
        assertThat(text).doesNotContain("Kreditnota");
    }

    @Test
    void the_amounts_are_those_of_the_invoice_totals() throws IOException {
        // per subscription 279.00 + 0.00 + 93.38 + 153.42 + 79.00 = 604.80 at 25 %; the first also
        // gives 200.00 outside VAT; invoice fee 29.00. 25 %: 2 × 604.80 + 29.00 = 1238.60,
        // VAT 309.65; total 1238.60 + 200.00 + 309.65 = 1748.25
        String text = text(InvoicePdf.render(InvoiceMother.invoice().withSubscriptions(2).build()));

        assertThat(text).contains(
                "Sum med 25 % mva, eks. mva 1 238,60",
                "Sum uten mva (0 %) 200,00",
                "Sum eks. mva 1 438,60",
                "Mva 25 % av 1 238,60 309,65",
                "Å betale (NOK) 1 748,25");
    }

    @Test
    void summarises_per_subscription_then_company_level() throws IOException {
        String text = text(InvoicePdf.render(InvoiceMother.invoice().withSubscriptions(2).build()));

        assertThat(text).contains(
                "912 34 567 Åse Nordmann",
                "Bedrift Fri 5 GB 01.12.2026–31.12.2026 1 mnd 25 % 279,00 348,75",
                "Samtaler i Norge (inkludert) 02.12.2026–30.12.2026 5:12:00 25 % 0,00 0,00",
                "Data utenfor pakken 04.12.2026–31.12.2026 1,5 GB 25 % 153,42 191,78",
                "Innsamlingsaksjon 2090 (gave, utenfor mva) 01.12.2026 1 stk 0 % 200,00 200,00",
                "Sum 912 34 567 804,80 956,01",
                "912 34 568 Øystein Ødegård",
                "Firmanivå (ikke knyttet til et abonnement)",
                "Fakturagebyr 01.12.2026–31.12.2026 1 stk 25 % 29,00 36,25");
        assertThat(text.indexOf("912 34 568 Øystein")).isGreaterThan(text.indexOf("912 34 567 Åse"));
        assertThat(text.indexOf("Firmanivå")).isGreaterThan(text.indexOf("912 34 568 Øystein"));
    }

    @Test
    void a_credited_fee_stands_out_with_its_period_the_invoice_that_billed_it_and_a_negative_amount() throws IOException {
        InvoiceDocument invoice = EhfDocumentTest.withCredits(InvoiceMother.invoice().withSubscriptions(2).build(),
                DocumentType.INVOICE);

        String text = text(InvoicePdf.render(invoice));

        assertThat(text).contains(
                // the description wraps in its column: its first line stands beside the figures
                "Kreditering: Bedrift Fri 5 GB 11.10.2026– 11.10.2026–31.10.2026 −21 av 31 dager 25 % −189,00 −236,25",
                "31.10.2026 (faktura 100042)",
                "Bedrift Basis (16 av 30 dager) 15.11.2026–30.11.2026 16 av 30 dager 25 % 26,13 32,66",
                "Periode 01.10.2026–31.12.2026",
                "«Kreditering» (skyggelagt) gir tilbake månedsavgift");
    }

    @Test
    void a_credit_note_names_the_invoice_it_credits() throws IOException {
        InvoiceDocument creditNote = InvoiceMother.creditNote().build();

        String text = text(InvoicePdf.render(creditNote));

        assertThat(text).contains("Kreditnota 2027002", "Krediterer faktura 2027001", "Til gode (NOK) 98,75",
                "Ekstra datapakke 1 GB (feilbestilt)");
        assertThat(text).doesNotContain("Å betale", "Forfallsdato", "KID");
    }

    @Test
    void two_hundred_subscriptions_run_over_pages_with_the_table_header_on_each() throws IOException {
        byte[] pdf = InvoicePdf.render(InvoiceMother.invoice().withSubscriptions(200).build());

        List<String> pages = pages(pdf);
        assertThat(pages).hasSizeGreaterThan(10);
        assertThat(pages.subList(1, pages.size()))
                .allSatisfy(page -> assertThat(page).contains("Beskrivelse Periode Antall Mva Eks. mva Inkl. mva"));
        assertThat(pages.get(pages.size() - 1)).contains("Side " + pages.size() + " av " + pages.size());
        assertThat(String.join("\n", pages)).contains("912 34 766 " + InvoiceMother.userName(199));
    }

    @Test
    void embeds_its_font() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(InvoicePdf.render(InvoiceMother.invoice().build()))) {
            PDPage first = pdf.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : first.getResources().getFontNames()) {
                fonts.add(first.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            });
        }
    }

    @Test
    void renders_at_the_same_time_from_several_threads_as_from_one() throws Exception {
        InvoiceDocument invoice = InvoiceMother.invoice().withSubscriptions(20).build();
        String alone = text(InvoicePdf.render(invoice));

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                renders.add(threads.submit(() -> InvoicePdf.render(invoice)));
            }
            for (Future<byte[]> render : renders) {
                assertThat(text(render.get())).isEqualTo(alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** The PDF's text in reading order, no-break spaces read as spaces. */
    static String text(byte[] pdf) throws IOException {
        return String.join("\n", pages(pdf));
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replace('\u00a0', ' '));
            }
            return pages;
        }
    }
}

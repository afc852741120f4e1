package no.bedriftsportal.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading import files (E2): CSV as our exports write it and as people save it, Excel cells of every type, limits. */
class ImportReaderTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsCsvWithOrWithoutAByteOrderMarkAndQuotes() {
        String body = "Type;Merke;Modell;IMEI;Notater\r\nMobiltelefon;Apple;iPhone 16;490154203237518;\"Med deksel; \"\"blå\"\"\r\nog lader\"\r\n"
                + ";;;;\r\nRuter;Huawei;B535;;'=HYPERLINK(1)\r\n";
        for (String text : List.of("\uFEFF" + body, body, body.replace("\r\n", "\n"))) {
            List<ImportRow> rows = ImportReader.read("utstyr.csv", utf8(text));
            assertThat(rows).extracting(ImportRow::line).containsExactly(2, 4);
            assertThat(rows.get(0).input().notes()).isEqualTo(text.contains("\r\n") ? "Med deksel; \"blå\"\r\nog lader"
                    : "Med deksel; \"blå\"\nog lader");
            assertThat(rows.get(1).input().notes()).as("our writer's apostrophe taken off").isEqualTo("=HYPERLINK(1)");
            assertThat(rows.get(1).input().serialNumber()).isEmpty();
        }
    }

    @Test
    void matchesHeadersInEitherLanguageInAnyOrderAndIgnoresOthers() {
        List<ImportRow> rows = ImportReader.read("x.csv", utf8("Serial number;Comment;make;MODEL;Kind\r\nSN-1;x;HP;EliteBook;Laptop\r\n"));
        DeviceInput input = rows.get(0).input();
        assertThat(List.of(input.serialNumber(), input.make(), input.model(), input.kind())).containsExactly("SN-1", "HP",
                "EliteBook", "Laptop");
    }

    @Test
    void refusesFilesWithoutTheColumnsTooManyRowsOrNotText() {
        assertThatThrownBy(() -> ImportReader.read("x.csv", utf8("Navn;Alder\r\nKari;40\r\n")))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.messageKey()).isEqualTo("equipment.import.error.columns"));
        StringBuilder many = new StringBuilder("Type;Merke;Modell;Serienummer");
        for (int i = 0; i <= ImportReader.MAX_ROWS; i++) {
            many.append("\nRuter;Huawei;B535;S").append(i);
        }
        assertThatThrownBy(() -> ImportReader.read("x.csv", utf8(many.toString())))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.messageKey()).isEqualTo("equipment.import.error.tooManyRows"));
        assertThatThrownBy(() -> ImportReader.read("x.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x41}))
                .isInstanceOf(ImportRefused.class);
        assertThatThrownBy(() -> ImportReader.read("x.csv", new byte[ImportReader.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.messageKey()).isEqualTo("equipment.import.error.tooBig"));
    }

    @Test
    void readsExcelCellsAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Utstyr");
            var header = sheet.createRow(0);
            String[] names = {"Type", "Merke", "Modell", "IMEI", "Kjøpsdato", "Pris"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(2); // a blank row between is skipped
            row.createCell(0).setCellValue("Mobiltelefon");
            row.createCell(1).setCellValue("Samsung");
            row.createCell(2).setCellValue("Galaxy S24");
            row.createCell(3).setCellValue(352099001761481d); // typed as a number
            var date = row.createCell(4);
            date.setCellValue(LocalDate.of(2025, 3, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            date.setCellStyle(style);
            row.createCell(5).setCellValue(9990.5);
            workbook.write(out);
        }
        List<ImportRow> rows = ImportReader.read("x.xlsx", out.toByteArray());
        assertThat(rows).singleElement().satisfies(imported -> {
            assertThat(imported.line()).isEqualTo(3);
            assertThat(imported.input().imei()).isEqualTo("352099001761481");
            assertThat(imported.input().purchasedOn()).isEqualTo("01.03.2025");
            assertThat(DeviceCheck.parsePrice(imported.input().price())).contains(new BigDecimal("9990.50"));
        });
    }

    @Test
    void readsPricesAndDatesAsNorwegiansWriteThem() {
        assertThat(DeviceCheck.parsePrice("12 345,67 kr")).contains(new BigDecimal("12345.67"));
        assertThat(DeviceCheck.parsePrice("1.234,50")).contains(new BigDecimal("1234.50"));
        assertThat(DeviceCheck.parsePrice("12345.6")).contains(new BigDecimal("12345.60"));
        assertThat(DeviceCheck.parsePrice("12,345")).isEmpty();
        assertThat(DeviceCheck.parsePrice("-5")).isEmpty();
        assertThat(DeviceCheck.parseDate("1.3.2025")).contains(LocalDate.of(2025, 3, 1));
        assertThat(DeviceCheck.parseDate("2025-03-01")).contains(LocalDate.of(2025, 3, 1));
        assertThat(DeviceCheck.parseDate("31.02.2025")).isEmpty();
    }
}

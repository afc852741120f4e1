package no.bedriftsportal.shared.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exports' workbook, written and then opened again with POI the way a spreadsheet program reads it. */
class ExcelWorkbookTest {

    @Test
    void writesTypedCellsAFrozenFilteredHeaderAndTotals() throws IOException {
        byte[] file = write(workbook -> {
            ExcelWorkbook.Sheet sheet = workbook.sheet("Brukere", List.of(ExcelColumn.text("Navn", 20),
                    ExcelColumn.integer("Minutter"), ExcelColumn.money("Kroner"), ExcelColumn.date("Kjøpt"),
                    ExcelColumn.dateTime("Tidspunkt")));
            sheet.row("Kari Nordmann", 12, new BigDecimal("100.50"), LocalDate.of(2026, 11, 3), Instant.parse("2026-11-03T08:15:00Z"));
            sheet.row("Ola Nordmann", 30L, new BigDecimal("0.25"), null, null);
            sheet.filter().totals("Sum");
            workbook.sheet("Ekstrapakker", List.of(ExcelColumn.text("Pakke", 10))).row("1 GB");
        });

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = read.getSheet("Brukere");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Kroner");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(read.getSheet("Brukere").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(100.50);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 3));
            assertThat(first.getCell(4).getLocalDateTimeCellValue()).hasHour(9).hasMinute(15);
            assertThat(sheet.getRow(2).getCell(3)).isNull();
            Row totals = sheet.getRow(3);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Sum");
            assertThat(totals.getCell(1).getNumericCellValue()).isEqualTo(42);
            assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(100.75);
            assertThat(read.getSheet("Ekstrapakker").getRow(1).getCell(0).getStringCellValue()).isEqualTo("1 GB");
        }
    }

    @Test
    void storesTextThatLooksLikeAFormulaAsQuotedTextNeverAsAFormula() throws IOException {
        List<String> dangerous = List.of("=HYPERLINK(\"http://evil\",\"klikk\")", "+4791234567", "-2+3", "@SUM(A1)", "\tx", "\rx");
        byte[] file = write(workbook -> {
            ExcelWorkbook.Sheet sheet = workbook.sheet("Navn", List.of(ExcelColumn.text("Navn", 30)));
            dangerous.forEach(sheet::row);
            sheet.row("Kari = sjef");
        });

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = read.getSheetAt(0);
            for (int i = 0; i < dangerous.size(); i++) {
                var cell = sheet.getRow(i + 1).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(dangerous.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(dangerous.get(i)).isTrue();
            }
            assertThat(sheet.getRow(dangerous.size() + 1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void cleansSheetNamesExcelWouldRefuse() {
        assertThat(ExcelWorkbook.safeSheetName("Bruk 01.11/30.11: [utland]")).isEqualTo("Bruk 01.11 30.11   utland");
        assertThat(ExcelWorkbook.safeSheetName("x".repeat(40))).hasSize(31);
    }

    private static byte[] write(java.util.function.Consumer<ExcelWorkbook> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExcelWorkbook workbook = new ExcelWorkbook()) {
            content.accept(workbook);
            workbook.writeTo(out);
        }
        return out.toByteArray();
    }
}

package no.bedriftsportal.equipment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.csv.CsvWriter;
import no.bedriftsportal.shared.excel.ExcelColumn;
import no.bedriftsportal.shared.excel.ExcelWorkbook;

/**
 * Writes the register as Excel or CSV in exactly the import's columns and words (E2), through the shared
 * formula-safe writers, so that importing an export changes nothing.
 */
@Service
public class EquipmentExport {

    private final Equipment equipment;
    private final EquipmentWords words;

    EquipmentExport(Equipment equipment, EquipmentWords words) {
        this.equipment = equipment;
        this.words = words;
    }

    public void excel(AccessScope scope, DeviceQuery query, Locale locale, ExcelWorkbook workbook) {
        List<String> headers = ImportColumns.headers(locale);
        List<ExcelColumn> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String field = ImportColumns.FIELDS.get(i);
            columns.add(switch (field) {
                case "purchasedOn", "warrantyEndsOn" -> ExcelColumn.date(headers.get(i));
                case "price" -> ExcelColumn.money(headers.get(i));
                case "notes" -> ExcelColumn.text(headers.get(i), 40);
                default -> ExcelColumn.text(headers.get(i), 18);
            });
        }
        ExcelWorkbook.Sheet sheet = workbook.sheet(words.message("equipment.title", locale), columns);
        rows(scope, query, locale, sheet::row);
        sheet.filter();
    }

    public void csv(AccessScope scope, DeviceQuery query, Locale locale, CsvWriter writer) {
        writer.header(ImportColumns.headers(locale));
        rows(scope, query, locale, writer::row);
    }

    private void rows(AccessScope scope, DeviceQuery query, Locale locale, java.util.function.Consumer<Object[]> row) {
        Directory directory = equipment.directory(scope);
        equipment.each(scope, query, device -> row.accept(new Object[] {
                words.kind(device.kind(), locale), device.make(), device.model(), device.imei(), device.serialNumber(),
                device.msisdn() == null ? null : Msisdn.of(device.msisdn()).national(),
                device.employeeId() == null ? null : directory.employee(device.employeeId()).map(directory::holderText)
                        .orElse(device.holderName()),
                device.customerNumber(), device.purchasedOn(), device.price(), device.supplier(), device.warrantyEndsOn(),
                words.status(device.status(), locale), device.notes()}));
    }

    /** The register's files are named after the day: {@code utstyr-2026-12-07.xlsx}. */
    public String fileName(String extension) {
        return "utstyr-" + equipment.today() + "." + extension;
    }
}

package no.bedriftsportal.equipment;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.api.ApiLimit;
import no.bedriftsportal.shared.api.ApiMoney;
import no.bedriftsportal.shared.api.Cursor;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;
import no.bedriftsportal.shared.csv.CsvDownload;
import no.bedriftsportal.shared.excel.ExcelDownload;

/**
 * The company API's equipment (#17.7, E1, E2): the same services as Utstyrsoversikt — the list with its filters,
 * a device with its history, register, change, the actions, import (a dry run returns the preview; otherwise all
 * rows or none) and export in the import's columns.
 */
@RestController
@Tag(name = "Equipment", description = "The equipment register: devices, their history, import and export")
class EquipmentApi {

    static final String PATH = "/api/v1/equipment";

    private final Equipment equipment;
    private final EquipmentImport imports;
    private final EquipmentExport export;
    private final AuditTrail audit;
    private final MessageSource messages;

    EquipmentApi(Equipment equipment, EquipmentImport imports, EquipmentExport export, AuditTrail audit, MessageSource messages) {
        this.equipment = equipment;
        this.imports = imports;
        this.export = export;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @Operation(summary = "The devices the token may see, with the list's filters (q, kind, status, customerNumber, make, model, "
            + "holder, supplier, phone, identifier, purchasedFrom, purchasedTo, warrantyFrom, warrantyTo, priceFrom, priceTo, "
            + "alert) and sort (sort, dir), a page at a time")
    DeviceList list(@AuthenticationPrincipal ApiClient client, @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
            @Parameter(description = "At most this many (1–500, default 100)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @RequestParam(required = false) String cursor) {
        int size = ApiLimit.of(limit);
        int offset = Cursor.offset(cursor);
        DevicePage page = equipment.list(client.scope(), DeviceQuery.parse(parameters::get), offset, size + 1);
        List<Device> rows = page.rows();
        String next = rows.size() > size ? Cursor.of(offset + size).encoded() : null;
        return new DeviceList(rows.stream().limit(size).map(device -> DeviceJson.of(device, null)).toList(), page.total(), next);
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "One device with its history, newest first")
    DeviceJson get(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The device's id", example = "1") @PathVariable long id) {
        Device device = equipment.get(client.scope(), id);
        return DeviceJson.of(device, equipment.history(device));
    }

    @PostMapping(PATH)
    @Operation(summary = "Registers a device; status IN_USE needs holderEmployeeId")
    ResponseEntity<DeviceJson> create(@AuthenticationPrincipal ApiClient client, @RequestBody DeviceBody body) {
        Device device = equipment.register(client.scope(), body.input(), Recorder.of(client));
        return ResponseEntity.status(HttpStatus.CREATED).body(DeviceJson.of(device, equipment.history(device)));
    }

    @PutMapping(PATH + "/{id}")
    @Operation(summary = "Changes a device's fields; its status and holder change only by the actions")
    DeviceJson change(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The device's id", example = "1") @PathVariable long id, @RequestBody DeviceBody body) {
        Device device = equipment.change(client.scope(), id, body.input(), Recorder.of(client));
        return DeviceJson.of(device, equipment.history(device));
    }

    @PostMapping(PATH + "/{id}/actions/{action}")
    @Operation(summary = "Hands a device over, takes it back, sends it to repair, back from repair, reports it lost or found, "
            + "retires it or sells it to its holder, on the day given (today when none)")
    DeviceJson act(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The device's id", example = "1") @PathVariable long id,
            @Parameter(description = "hand-over, take-back, send-to-repair, back-from-repair, report-lost, found, retire or "
                    + "sell-to-employee", example = "hand-over") @PathVariable String action,
            @RequestBody(required = false) ActionBody body) {
        DeviceAction chosen = DeviceAction.ofSlug(action).orElseThrow(() -> new NotFoundException("action"));
        ActionBody given = body == null ? new ActionBody(null, null, null) : body;
        Device device = equipment.act(client.scope(), id, chosen, new ActionInput(
                given.effectiveOn() == null ? "" : given.effectiveOn().toString(),
                given.holderEmployeeId() == null ? "" : "id:" + given.holderEmployeeId(), given.note()), Recorder.of(client));
        return DeviceJson.of(device, equipment.history(device));
    }

    @PostMapping(value = PATH + "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Imports an Excel (.xlsx) or CSV file in the export's columns: with dryRun=true the preview of every "
            + "row; otherwise all rows are written, or none (422 with the preview when a row has errors)")
    ResponseEntity<ImportJson> importFile(@AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The file, at most 5 MB and 5,000 rows") @RequestPart("file") MultipartFile file,
            @Parameter(description = "true: only the preview, nothing written") @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        if (file.getSize() > ImportReader.MAX_BYTES) {
            throw new ImportRefused("equipment.import.error.tooBig", "the file is larger than 5 MB", 5);
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(ImportReader.MAX_BYTES + 1);
        }
        if (dryRun) {
            ImportPreview preview = imports.upload(client.scope(), file.getOriginalFilename(), content, Recorder.of(client), false);
            return ResponseEntity.ok(ImportJson.of(preview, null, messages));
        }
        try {
            ImportResult result = imports.importNow(client.scope(), file.getOriginalFilename(), content, Recorder.of(client));
            return ResponseEntity.ok(new ImportJson(result, null, List.of()));
        } catch (ImportChanged refused) {
            return ResponseEntity.unprocessableEntity().body(ImportJson.of(refused.preview(), null, messages));
        }
    }

    @GetMapping(PATH + "/export")
    @Operation(summary = "The devices the filters select as Excel or CSV, in the import's columns and words (nb or en)")
    void exportFile(@AuthenticationPrincipal ApiClient client, @Parameter(hidden = true) @RequestParam Map<String, String> parameters,
            @Parameter(description = "xlsx or csv", example = "xlsx") @RequestParam String format,
            @Parameter(description = "nb (default) or en: the headers and words") @RequestParam(required = false) String lang,
            HttpServletResponse response) {
        DeviceQuery query = DeviceQuery.parse(parameters::get);
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : EquipmentWords.NORWEGIAN;
        String reference = query.filterQuery().isEmpty() ? "alle" : query.filterQuery();
        switch (format) {
            case "xlsx" -> {
                audit.downloaded(Download.EQUIPMENT_EXCEL, reference);
                ExcelDownload.send(response, export.fileName("xlsx"), workbook -> export.excel(client.scope(), query, locale, workbook));
            }
            case "csv" -> {
                audit.downloaded(Download.EQUIPMENT_CSV, reference);
                CsvDownload.send(response, export.fileName("csv"), writer -> export.csv(client.scope(), query, locale, writer));
            }
            default -> throw new InvalidInputException("format", "api.format.invalid", "format must be xlsx or csv");
        }
    }

    record DeviceBody(@Schema(description = "PHONE, TABLET, LAPTOP, ROUTER, SIM or ACCESSORY", example = "PHONE") String kind,
            @Schema(example = "Apple") String make, @Schema(example = "iPhone 16") String model,
            @Schema(description = "15 digits with a Luhn check digit", example = "490154203237518") String imei,
            String serialNumber, @Schema(description = "One of the company's mobile numbers", example = "91234567") String phoneNumber,
            @Schema(description = "The holder (an employee of the company)") Long holderEmployeeId,
            @Schema(example = "12345678") String customerNumber, LocalDate purchasedOn,
            @Schema(description = "Kroner with a point", example = "12990.00") String price, String supplier,
            LocalDate warrantyEndsOn,
            @Schema(description = "On registering: IN_USE, IN_STOCK, IN_REPAIR, LOST, RETIRED or SOLD_TO_EMPLOYEE "
                    + "(default IN_USE with a holder, else IN_STOCK)") String status, String notes) {

        DeviceInput input() {
            return new DeviceInput(text(kind), text(make), text(model), text(imei), text(serialNumber), text(phoneNumber),
                    holderEmployeeId == null ? "" : "id:" + holderEmployeeId, text(customerNumber),
                    purchasedOn == null ? "" : purchasedOn.toString(), text(price), text(supplier),
                    warrantyEndsOn == null ? "" : warrantyEndsOn.toString(), text(status), text(notes));
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }
    }

    record ActionBody(@Schema(description = "The day it happened; today when none") LocalDate effectiveOn,
            @Schema(description = "hand-over: the employee it goes to") Long holderEmployeeId, String note) {
    }

    record DeviceList(List<DeviceJson> items, long total, String nextCursor) {
    }

    record EventJson(String action, LocalDate effectiveOn, String status, Long holderEmployeeId, String holderName, String note,
            String recordedBy, Instant recordedAt) {
    }

    record DeviceJson(long id, String kind, String make, String model, String imei, String serialNumber, String phoneNumber,
            Long holderEmployeeId, String holderName, String customerNumber, LocalDate purchasedOn,
            @Schema(example = "12990.00") String price, String supplier, LocalDate warrantyEndsOn, String status, String notes,
            List<String> actions, Instant updatedAt, List<EventJson> history) {

        static DeviceJson of(Device device, List<DeviceEvent> history) {
            return new DeviceJson(device.id(), device.kind().name(), device.make(), device.model(), device.imei(),
                    device.serialNumber(), device.msisdn(), device.employeeId(), device.holderName(), device.customerNumber(),
                    device.purchasedOn(), ApiMoney.of(device.price()), device.supplier(), device.warrantyEndsOn(),
                    device.status().name(), device.notes(),
                    DeviceLifecycle.allowed(device.status()).stream().map(DeviceAction::slug).toList(), device.updatedAt(),
                    history == null ? null : history.stream().map(event -> new EventJson(event.action(), event.effectiveOn(),
                            event.status().name(), event.employeeId(), event.holderName(), event.note(), event.recordedBy(),
                            event.recordedAt())).toList());
        }
    }

    record RowJson(int line, String outcome, Long deviceId, String name, String identifier, List<String> changed,
            List<ErrorJson> errors) {
    }

    record ErrorJson(String field, String code, String message) {
    }

    /** A preview (dry run, or a refused import) or the result of an import. */
    record ImportJson(@Schema(description = "created, changed, unchanged; null for a preview") ImportResult result,
            Map<String, Long> counts, List<RowJson> rows) {

        static ImportJson of(ImportPreview preview, ImportResult result, MessageSource messages) {
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            for (ImportPreview.Outcome outcome : ImportPreview.Outcome.values()) {
                counts.put(outcome.name().toLowerCase(Locale.ROOT), preview.count(outcome));
            }
            return new ImportJson(result, counts, preview.rows().stream().map(row -> new RowJson(row.line(), row.outcome().name(),
                    row.deviceId(), row.name(), row.identifier(), row.changed(), row.problems().stream()
                            .map(problem -> new ErrorJson(problem.field(), problem.messageKey(), messages.getMessage(
                                    problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), Locale.ENGLISH)))
                            .toList())).toList());
        }
    }
}

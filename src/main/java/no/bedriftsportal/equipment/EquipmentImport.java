package no.bedriftsportal.equipment;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Sha256;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * Imports equipment from Excel or CSV (E2, ADR 0025): a preview first, row by row, with every row's errors in words;
 * nothing is written until the user confirms, and then all rows or none, in one transaction. The uploaded file is
 * kept (table {@code equipment_import}) until it is confirmed; confirming reads and checks it again, so what is
 * written is what the register allows at that moment, and is refused when that differs from what the user saw.
 */
@Service
public class EquipmentImport {

    private final Equipment equipment;
    private final DeviceRepository devices;
    private final EquipmentWords words;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    EquipmentImport(Equipment equipment, DeviceRepository devices, EquipmentWords words, JdbcClient jdbc, AuditTrail audit,
            Clock clock) {
        this.equipment = equipment;
        this.devices = devices;
        this.words = words;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The preview of a file, kept for its confirmation (the page), or not ({@code keep} false: the API's dry run). */
    @Transactional
    public ImportPreview upload(AccessScope scope, String fileName, byte[] content, Recorder by, boolean keep) {
        String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        name = name.length() > 200 ? name.substring(0, 200) : name;
        Plan plan = plan(scope, ImportReader.read(name, content));
        Long importId = null;
        if (keep) {
            jdbc.sql("delete from equipment_import where company_id = :companyId and uploaded_at < :before")
                    .param("companyId", scope.companyId())
                    .param("before", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1)))).update();
            importId = jdbc.sql("""
                    insert into equipment_import (company_id, uploaded_by, file_name, content, uploaded_at)
                    values (:companyId, :by, :name, :content, :now) returning import_id
                    """).param("companyId", scope.companyId()).param("by", by.name()).param("name", name)
                    .param("content", content).param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
        }
        return plan.preview(importId, name);
    }

    /** The preview of a kept file, checked again now. */
    public ImportPreview preview(AccessScope scope, long importId) {
        Upload upload = upload(scope, importId);
        return plan(scope, ImportReader.read(upload.fileName(), upload.content())).preview(importId, upload.fileName());
    }

    /**
     * Writes a kept file's rows, all or none: refused ({@link ImportChanged}) when checking it again finds errors or
     * gives another preview than the one confirmed ({@code fingerprint}).
     */
    @Transactional
    public ImportResult confirm(AccessScope scope, long importId, String fingerprint, Recorder by) {
        Upload upload = upload(scope, importId);
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", 7_117_000_000L + scope.companyId()).query(Object.class).list();
        Plan plan = plan(scope, ImportReader.read(upload.fileName(), upload.content()));
        ImportPreview preview = plan.preview(importId, upload.fileName());
        if (!preview.importable() || (fingerprint != null && !fingerprint.equals(preview.fingerprint()))) {
            throw new ImportChanged(preview);
        }
        ImportResult result = write(scope, plan, upload.fileName(), by);
        jdbc.sql("delete from equipment_import where company_id = :companyId and import_id = :importId")
                .param("companyId", scope.companyId()).param("importId", importId).update();
        return result;
    }

    /** Writes a file's rows at once, all or none (the API without a dry run): refused when any row has errors. */
    @Transactional
    public ImportResult importNow(AccessScope scope, String fileName, byte[] content, Recorder by) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", 7_117_000_000L + scope.companyId()).query(Object.class).list();
        String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        Plan plan = plan(scope, ImportReader.read(name, content));
        ImportPreview preview = plan.preview(null, name);
        if (!preview.importable()) {
            throw new ImportChanged(preview);
        }
        return write(scope, plan, name, by);
    }

    private ImportResult write(AccessScope scope, Plan plan, String fileName, Recorder by) {
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (Planned planned : plan.rows()) {
            DeviceValues values = planned.values();
            switch (planned.row().outcome()) {
                case CREATE -> {
                    long id = devices.insert(scope.companyId(), values, clock.instant());
                    devices.addEvent(scope.companyId(), id, "REGISTERED", equipment.registeredOn(values), values.status(),
                            values.employeeId(), values.holderName(), null, by.name(), clock.instant());
                    created++;
                }
                case CHANGE -> {
                    Device before = planned.existing();
                    devices.update(scope.companyId(), before.id(), values, clock.instant());
                    if (before.status() != values.status() || !Objects.equals(before.employeeId(), values.employeeId())) {
                        devices.addEvent(scope.companyId(), before.id(), "IMPORTED", equipment.today(), values.status(),
                                values.employeeId(), values.holderName(), null, by.name(), clock.instant());
                    }
                    changed++;
                }
                default -> unchanged++;
            }
        }
        if (by.audited()) {
            audit.changed(Change.EQUIPMENT_IMPORTED, null, List.of(fileName, created, changed));
        }
        return new ImportResult(created, changed, unchanged);
    }

    private record Upload(String fileName, byte[] content) {
    }

    private Upload upload(AccessScope scope, long importId) {
        return jdbc.sql("select file_name, content from equipment_import where company_id = :companyId and import_id = :importId")
                .param("companyId", scope.companyId()).param("importId", importId)
                .query((rs, n) -> new Upload(rs.getString("file_name"), rs.getBytes("content"))).optional()
                .orElseThrow(() -> new NotFoundException("import"));
    }

    private record Planned(ImportPreview.Row row, DeviceValues values, Device existing) {
    }

    private record Plan(List<Planned> rows) {
        ImportPreview preview(Long importId, String fileName) {
            List<ImportPreview.Row> previewRows = rows.stream().map(Planned::row).toList();
            StringBuilder text = new StringBuilder();
            for (ImportPreview.Row row : previewRows) {
                text.append(row.line()).append(row.outcome()).append(row.deviceId()).append(row.changed())
                        .append(row.problems().size()).append('\n');
            }
            return new ImportPreview(importId, fileName, previewRows, java.util.HexFormat.of().formatHex(Sha256.of(text.toString())).substring(0, 16));
        }
    }

    /** Checks every row and matches it to a device by IMEI, else serial number; duplicates within the file are errors. */
    private Plan plan(AccessScope scope, List<ImportRow> rows) {
        Directory directory = equipment.directory(scope);
        DeviceCheck check = new DeviceCheck(directory, words);
        Map<String, Long> known = devices.identifiers(scope.companyId());
        Map<String, Integer> seen = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (ImportRow row : rows) {
            DeviceCheck.Checked checked = check.check(row.input(), null);
            List<FieldProblem> problems = new ArrayList<>(checked.problems());
            String name = (row.input().make().strip() + " " + row.input().model().strip()).strip();
            String identifier = !row.input().imei().isBlank() ? row.input().imei().strip() : row.input().serialNumber().strip();
            if (!checked.ok()) {
                planned.add(new Planned(new ImportPreview.Row(row.line(), ImportPreview.Outcome.ERROR, null, name, identifier,
                        List.of(), problems), null, null));
                continue;
            }
            DeviceValues values = checked.values();
            String imeiKey = values.imei() == null ? null : "imei:" + values.imei();
            String serialKey = values.serialNumber() == null ? null
                    : "serial:" + values.serialNumber().toLowerCase(java.util.Locale.ROOT);
            if (imeiKey != null && seen.containsKey(imeiKey)) {
                problems.add(FieldProblem.of("imei", "equipment.error.imeiInFile", values.imei(), seen.get(imeiKey)));
            }
            if (serialKey != null && seen.containsKey(serialKey)) {
                problems.add(FieldProblem.of("serialNumber", "equipment.error.serialInFile", values.serialNumber(),
                        seen.get(serialKey)));
            }
            if (imeiKey != null) {
                seen.putIfAbsent(imeiKey, row.line());
            }
            if (serialKey != null) {
                seen.putIfAbsent(serialKey, row.line());
            }
            Long byImei = imeiKey == null ? null : known.get(imeiKey);
            Long bySerial = serialKey == null ? null : known.get(serialKey);
            Long match = byImei != null ? byImei : bySerial;
            if (byImei != null && bySerial != null && !byImei.equals(bySerial)) {
                problems.add(FieldProblem.of("serialNumber", "equipment.error.serialTaken", values.serialNumber()));
            }
            Device existing = null;
            if (match != null) {
                Optional<Device> visible = devices.find(scope, match);
                if (visible.isEmpty()) {
                    problems.add(imeiKey != null && byImei != null
                            ? FieldProblem.of("imei", "equipment.error.imeiTaken", values.imei())
                            : FieldProblem.of("serialNumber", "equipment.error.serialTaken", values.serialNumber()));
                } else {
                    existing = visible.get();
                }
            }
            if (!problems.isEmpty()) {
                planned.add(new Planned(new ImportPreview.Row(row.line(), ImportPreview.Outcome.ERROR, match, name, identifier,
                        List.of(), problems), null, null));
            } else if (existing == null) {
                planned.add(new Planned(new ImportPreview.Row(row.line(), ImportPreview.Outcome.CREATE, null, name, identifier,
                        List.of(), List.of()), values, null));
            } else {
                List<String> changed = changes(values, existing);
                planned.add(new Planned(new ImportPreview.Row(row.line(), changed.isEmpty() ? ImportPreview.Outcome.UNCHANGED
                        : ImportPreview.Outcome.CHANGE, existing.id(), name, identifier, changed, List.of()), values, existing));
            }
        }
        return new Plan(planned);
    }

    private static List<String> changes(DeviceValues values, Device device) {
        List<String> changed = new ArrayList<>();
        add(changed, "kind", values.kind() != device.kind());
        add(changed, "make", !values.make().equals(device.make()));
        add(changed, "model", !values.model().equals(device.model()));
        add(changed, "imei", !Objects.equals(values.imei(), device.imei()));
        add(changed, "serialNumber", !Objects.equals(values.serialNumber(), device.serialNumber()));
        add(changed, "phone", !Objects.equals(values.subscriptionId(), device.subscriptionId()));
        add(changed, "holder", !Objects.equals(values.employeeId(), device.employeeId()));
        add(changed, "customerNumber", !Objects.equals(values.customerAccountId(), device.customerAccountId()));
        add(changed, "purchasedOn", !Objects.equals(values.purchasedOn(), device.purchasedOn()));
        add(changed, "price", values.price() == null ? device.price() != null
                : device.price() == null || values.price().compareTo(device.price()) != 0);
        add(changed, "supplier", !Objects.equals(values.supplier(), device.supplier()));
        add(changed, "warrantyEndsOn", !Objects.equals(values.warrantyEndsOn(), device.warrantyEndsOn()));
        add(changed, "status", values.status() != device.status());
        add(changed, "notes", !Objects.equals(values.notes(), device.notes()));
        return changed;
    }

    private static void add(List<String> changed, String field, boolean differs) {
        if (differs) {
            changed.add(field);
        }
    }
}

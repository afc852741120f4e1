package no.bedriftsportal.equipment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Download;
import no.bedriftsportal.shared.csv.CsvDownload;
import no.bedriftsportal.shared.excel.ExcelDownload;

/**
 * The register's files (E2): export as Excel or CSV in the import's columns; import with a preview, confirmed
 * all or nothing (ADR 0025). Downloads and confirmed imports are in the audit log.
 */
@Controller
class EquipmentFilesController {

    static final String IMPORT_PATH = DeviceQuery.PATH + "/import";

    private final EquipmentImport imports;
    private final EquipmentExport export;
    private final AuditTrail audit;
    private final MessageSource messages;

    EquipmentFilesController(EquipmentImport imports, EquipmentExport export, AuditTrail audit, MessageSource messages) {
        this.imports = imports;
        this.export = export;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping(DeviceQuery.PATH + "/export.xlsx")
    void excel(@AuthenticationPrincipal PortalPrincipal me, @RequestParam Map<String, String> parameters,
            HttpServletRequest request, HttpServletResponse response) {
        DeviceQuery query = DeviceQuery.parse(parameters::get);
        audit.downloaded(Download.EQUIPMENT_EXCEL, reference(query));
        ExcelDownload.send(response, export.fileName("xlsx"),
                workbook -> export.excel(me.scope(), query, RequestContextUtils.getLocale(request), workbook));
    }

    @GetMapping(DeviceQuery.PATH + "/export.csv")
    void csv(@AuthenticationPrincipal PortalPrincipal me, @RequestParam Map<String, String> parameters,
            HttpServletRequest request, HttpServletResponse response) {
        DeviceQuery query = DeviceQuery.parse(parameters::get);
        audit.downloaded(Download.EQUIPMENT_CSV, reference(query));
        CsvDownload.send(response, export.fileName("csv"),
                writer -> export.csv(me.scope(), query, RequestContextUtils.getLocale(request), writer));
    }

    @GetMapping(IMPORT_PATH)
    String importForm(Model model) {
        model.addAttribute("view", new ImportView(null, null));
        return "equipment/import";
    }

    @PostMapping(IMPORT_PATH)
    String upload(@AuthenticationPrincipal PortalPrincipal me, @RequestParam(required = false) MultipartFile file,
            HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(response, model, message(request, "equipment.import.error.noFile"));
        }
        if (file.getSize() > ImportReader.MAX_BYTES) {
            return refused(response, model, message(request, "equipment.import.error.tooBig", ImportReader.MAX_BYTES / 1024 / 1024));
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(ImportReader.MAX_BYTES + 1);
        }
        try {
            ImportPreview preview = imports.upload(me.scope(), file.getOriginalFilename(), content, Recorder.of(me), true);
            return "redirect:" + IMPORT_PATH + "/" + preview.importId();
        } catch (ImportRefused refused) {
            return refused(response, model, message(request, refused.messageKey(), refused.arguments()));
        }
    }

    @GetMapping(IMPORT_PATH + "/{importId:\\d+}")
    String preview(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long importId, Model model) {
        model.addAttribute("view", new ImportView(imports.preview(me.scope(), importId), null));
        return "equipment/preview";
    }

    @PostMapping(IMPORT_PATH + "/{importId:\\d+}")
    String confirm(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long importId,
            @RequestParam(required = false) String fingerprint, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        try {
            ImportResult result = imports.confirm(me.scope(), importId, fingerprint, Recorder.of(me));
            redirect.addFlashAttribute("flash", message(request, "equipment.import.done", result.created(), result.changed()));
            return "redirect:" + DeviceQuery.PATH;
        } catch (ImportChanged changed) {
            response.setStatus(409);
            model.addAttribute("view", new ImportView(changed.preview(), message(request, changed.messageKey())));
            return "equipment/preview";
        }
    }

    private static String refused(HttpServletResponse response, Model model, String error) {
        response.setStatus(400);
        model.addAttribute("view", new ImportView(null, error));
        return "equipment/import";
    }

    private static String reference(DeviceQuery query) {
        String filter = query.filterQuery();
        return filter.isEmpty() ? "alle" : filter;
    }

    private String message(HttpServletRequest request, String key, Object... arguments) {
        return messages.getMessage(key, arguments, RequestContextUtils.getLocale(request));
    }
}

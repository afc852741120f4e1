package no.bedriftsportal.equipment;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.NotFoundException;

/**
 * Utstyrsoversikt's pages (E1, E2): the list with search, a filter per column, sort and paging in the URL; a
 * device's page with its history and a form per action; the register and change forms. Every read and write goes
 * through {@link Equipment} with the signed-in user's scope.
 */
@Controller
class EquipmentController {

    private final Equipment equipment;
    private final ReplacementAge replacementAge;
    private final MessageSource messages;

    EquipmentController(Equipment equipment, ReplacementAge replacementAge, MessageSource messages) {
        this.equipment = equipment;
        this.replacementAge = replacementAge;
        this.messages = messages;
    }

    @GetMapping(DeviceQuery.PATH)
    String list(@AuthenticationPrincipal PortalPrincipal me, @RequestParam Map<String, String> parameters, Model model) {
        DeviceQuery query = DeviceQuery.parse(parameters::get);
        Object flash = model.getAttribute("flash");
        model.addAttribute("equipment", new EquipmentListView(equipment.list(me.scope(), query),
                equipment.departments(me.scope()), replacementAge.months(me.companyId()), flash == null ? null : flash.toString()));
        return "equipment/list";
    }

    @GetMapping(DeviceQuery.PATH + "/new")
    String newDevice(@AuthenticationPrincipal PortalPrincipal me, Model model) {
        model.addAttribute("form", form(me, null, DeviceInput.empty(), List.of()));
        return "equipment/form";
    }

    @PostMapping(DeviceQuery.PATH)
    String register(@AuthenticationPrincipal PortalPrincipal me, @RequestParam Map<String, String> parameters,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        DeviceInput input = input(parameters);
        try {
            Device device = equipment.register(me.scope(), input, Recorder.of(me));
            redirect.addFlashAttribute("flash", message(request, "equipment.registered"));
            return "redirect:" + DeviceQuery.PATH + "/" + device.id();
        } catch (DeviceInvalid invalid) {
            response.setStatus(400);
            model.addAttribute("form", form(me, null, input, invalid.problems()));
            return "equipment/form";
        }
    }

    @GetMapping(DeviceQuery.PATH + "/{deviceId:\\d+}")
    String device(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long deviceId, Model model) {
        Object flash = model.getAttribute("flash");
        model.addAttribute("view", view(me, equipment.get(me.scope(), deviceId), null, null, List.of(),
                flash == null ? null : flash.toString()));
        return "equipment/device";
    }

    @GetMapping(DeviceQuery.PATH + "/{deviceId:\\d+}/edit")
    String edit(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long deviceId, Model model) {
        Device device = equipment.get(me.scope(), deviceId);
        model.addAttribute("form", form(me, device, DeviceForm.inputOf(device), List.of()));
        return "equipment/form";
    }

    @PostMapping(DeviceQuery.PATH + "/{deviceId:\\d+}")
    String change(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long deviceId,
            @RequestParam Map<String, String> parameters, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        Device device = equipment.get(me.scope(), deviceId);
        DeviceInput input = input(parameters);
        try {
            equipment.change(me.scope(), deviceId, input, Recorder.of(me));
            redirect.addFlashAttribute("flash", message(request, "equipment.done"));
            return "redirect:" + DeviceQuery.PATH + "/" + deviceId;
        } catch (DeviceInvalid invalid) {
            response.setStatus(400);
            model.addAttribute("form", form(me, device, input, invalid.problems()));
            return "equipment/form";
        }
    }

    @PostMapping(DeviceQuery.PATH + "/{deviceId:\\d+}/actions/{action}")
    String act(@AuthenticationPrincipal PortalPrincipal me, @PathVariable long deviceId, @PathVariable String action,
            @RequestParam(required = false) String effectiveOn, @RequestParam(required = false) String holder,
            @RequestParam(required = false) String note, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        DeviceAction chosen = DeviceAction.ofSlug(action).orElseThrow(() -> new NotFoundException("action"));
        ActionInput input = new ActionInput(effectiveOn, holder, note);
        try {
            equipment.act(me.scope(), deviceId, chosen, input, Recorder.of(me));
            redirect.addFlashAttribute("flash", message(request, "equipment.moved",
                    message(request, "equipment.action." + chosen.name())));
            return "redirect:" + DeviceQuery.PATH + "/" + deviceId;
        } catch (DeviceInvalid invalid) {
            response.setStatus(400);
            model.addAttribute("view", view(me, equipment.get(me.scope(), deviceId), chosen, input, invalid.problems(), null));
            return "equipment/device";
        }
    }

    private DeviceView view(PortalPrincipal me, Device device, DeviceAction failed, ActionInput typed,
            List<FieldProblem> problems, String flash) {
        Map<String, FieldProblem> byField = new java.util.LinkedHashMap<>();
        problems.forEach(problem -> byField.putIfAbsent(problem.field(), problem));
        return new DeviceView(device, equipment.history(device), DeviceLifecycle.allowed(device.status()),
                equipment.holders(me.scope()), failed, typed, byField, flash);
    }

    private DeviceForm form(PortalPrincipal me, Device device, DeviceInput input, List<FieldProblem> problems) {
        return DeviceForm.of(device, input, problems, equipment.holders(me.scope()), equipment.departments(me.scope()),
                me.scope().allCustomerAccounts());
    }

    static DeviceInput input(Map<String, String> parameters) {
        return new DeviceInput(get(parameters, "kind"), get(parameters, "make"), get(parameters, "model"),
                get(parameters, "imei"), get(parameters, "serialNumber"), get(parameters, "phone"), get(parameters, "holder"),
                get(parameters, "customerNumber"), get(parameters, "purchasedOn"), get(parameters, "price"),
                get(parameters, "supplier"), get(parameters, "warrantyEndsOn"), get(parameters, "status"),
                get(parameters, "notes"));
    }

    private static String get(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null ? "" : value;
    }

    private String message(HttpServletRequest request, String key, Object... arguments) {
        return messages.getMessage(key, arguments, RequestContextUtils.getLocale(request));
    }
}

package no.bedriftsportal.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;

/**
 * Innsikt → Varsler (X2, #18.2): the alerts the user sees with their state (one by one or many at once), the
 * filter in the URL, and the company's rules, a form per rule with its error beside the field. Every read and
 * write goes through {@link Alerts} and {@link AlertRules}.
 */
@Controller
class AlertsController {

    private final Alerts alerts;
    private final AlertRules rules;
    private final Companies companies;
    private final PortalUsers portalUsers;
    private final MessageSource messages;

    AlertsController(Alerts alerts, AlertRules rules, Companies companies, PortalUsers portalUsers, MessageSource messages) {
        this.alerts = alerts;
        this.rules = rules;
        this.companies = companies;
        this.portalUsers = portalUsers;
        this.messages = messages;
    }

    @GetMapping(AlertQuery.PATH)
    String list(@AuthenticationPrincipal PortalPrincipal me, @RequestParam Map<String, String> parameters, Model model) {
        Object flash = model.getAttribute("flash");
        model.addAttribute("view", view(me, AlertQuery.parse(parameters::get), flash == null ? null : flash.toString(),
                null, null, null, null));
        return "insights/alerts";
    }

    @PostMapping(AlertQuery.PATH + "/state")
    String setState(@AuthenticationPrincipal PortalPrincipal me, @RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request, RedirectAttributes redirect) {
        AlertState state = parseState(parameters.getFirst("state"));
        List<String> given = parameters.getOrDefault("ids", List.of());
        String row = parameters.getFirst("row"); // one row's button: "<id>:<STATE>"
        if (row != null && row.indexOf(':') > 0) {
            state = parseState(row.substring(row.indexOf(':') + 1));
            given = List.of(row.substring(0, row.indexOf(':')));
        }
        List<Long> ids = new ArrayList<>();
        for (String id : given) {
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                // not an alert
            }
        }
        AlertQuery back = AlertQuery.parse(name -> "page".equals(name) ? parameters.getFirst("page")
                : parameters.getFirst("back." + name));
        String flash;
        try {
            flash = message(request, "alerts.bulk.done", alerts.setState(me.scope(), ids, state, AlertEditor.of(me)));
        } catch (InvalidInputException invalid) {
            flash = message(request, invalid.messageKey());
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:" + back.href(back.page());
    }

    @PostMapping(AlertQuery.PATH + "/rules/{kind}")
    String saveRule(@AuthenticationPrincipal PortalPrincipal me, @PathVariable String kind,
            @RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        AlertKind chosen = AlertKind.ofSlug(kind).orElseThrow(() -> new NotFoundException("alert rule"));
        AlertRuleInput input = input(parameters);
        try {
            rules.save(me.companyId(), chosen, input, AlertEditor.of(me));
            redirect.addFlashAttribute("flash", message(request, "alerts.rule.saved", message(request, "alerts.kind." + chosen.name())));
            return "redirect:" + AlertQuery.PATH + "#rule-" + chosen.slug();
        } catch (InvalidInputException invalid) {
            response.setStatus(400);
            model.addAttribute("view", view(me, AlertQuery.parse(name -> null), null, chosen, input, invalid.field(),
                    message(request, invalid.messageKey())));
            return "insights/alerts";
        }
    }

    private AlertsView view(PortalPrincipal me, AlertQuery query, String flash, AlertKind failed, AlertRuleInput typed,
            String field, String error) {
        return new AlertsView(query, alerts.list(me.scope(), query), companies.customerAccounts(me.scope()),
                rules.rules(me.companyId()), portalUsers.list(me.companyId()), AlertEditor.of(me).mayEditRules(), flash,
                failed, typed, field, error);
    }

    static AlertRuleInput input(MultiValueMap<String, String> parameters) {
        List<Long> recipients = new ArrayList<>();
        for (String id : parameters.getOrDefault("recipients", List.of())) {
            try {
                recipients.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                recipients.add(-1L); // refused by the rules: not a portal user
            }
        }
        return new AlertRuleInput("on".equals(parameters.getFirst("enabled")), value(parameters, "amount"),
                value(parameters, "factor"), value(parameters, "days"), parameters.containsKey("byEmail"),
                parameters.containsKey("bySms"), parameters.containsKey("toEmployee"), recipients);
    }

    private static String value(MultiValueMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        return value == null ? "" : value;
    }

    private static AlertState parseState(String state) {
        try {
            return state == null ? null : AlertState.valueOf(state);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String message(HttpServletRequest request, String key, Object... arguments) {
        return messages.getMessage(key, arguments, RequestContextUtils.getLocale(request));
    }
}

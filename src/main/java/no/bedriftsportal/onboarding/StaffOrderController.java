package no.bedriftsportal.onboarding;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.identity.StaffPrincipal;
import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * The operator staff's order queue (#17.4): received orders first with their checks as of now,
 * approve (access and SMS for the administrators) or reject with a reason (e-mailed). Only
 * {@code ROLE_OPERATOR_STAFF} reaches it (SecurityConfiguration); staff belong to no company, so
 * the work runs on the operator's connections.
 */
@Controller
class StaffOrderController {

    static final String PATH = StaffPrincipal.HOME;

    private final Orders orders;

    StaffOrderController(Orders orders) {
        this.orders = orders;
    }

    @GetMapping(PATH)
    String queue(@RequestParam(required = false) String approved, @RequestParam(required = false) String rejected, Model model) {
        model.addAttribute("notice", approved != null ? "order.staff.approved" : rejected != null ? "order.staff.rejected" : null);
        model.addAttribute("noticeReference", approved != null ? approved : rejected);
        return page(null, null, null, model);
    }

    @PostMapping(PATH + "/{orderId:\\d+}/approve")
    String approve(@PathVariable long orderId, @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            PortalRequestScope.crossCompany(() -> orders.approve(orderId, staff, request.getRemoteAddr()));
        } catch (InvalidInputException e) {
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            return page(orderId, e.messageKey(), null, model);
        }
        return "redirect:" + PATH + "?approved=" + Orders.reference(orderId);
    }

    @PostMapping(PATH + "/{orderId:\\d+}/reject")
    String reject(@PathVariable long orderId, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            PortalRequestScope.crossCompany(() -> orders.reject(orderId, reason, staff, request.getRemoteAddr()));
        } catch (InvalidInputException e) {
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            return page(orderId, e.messageKey(), reason, model);
        }
        return "redirect:" + PATH + "?rejected=" + Orders.reference(orderId);
    }

    private String page(Long errorOrder, String errorKey, String reason, Model model) {
        List<CheckedOrder> queue = PortalRequestScope.crossCompany(orders::queue);
        model.addAttribute("orders", queue);
        model.addAttribute("errorOrder", errorOrder);
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("reason", reason == null ? "" : reason);
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
            model.addAttribute("noticeReference", null);
        }
        return "onboarding/staff-orders";
    }
}

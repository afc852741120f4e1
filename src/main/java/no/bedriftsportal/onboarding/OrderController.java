package no.bedriftsportal.onboarding;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.bedriftsportal.shared.OrgNumber;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * The public order page "Bestill Bedriftsportal" (#17.4, G1), its organisation number look-up
 * (htmx, as the number is typed) and the orderer's status page. Nobody is signed in: the work
 * runs on the operator's connections (an order is no company's row until approved).
 */
@Controller
class OrderController {

    static final String PATH = "/order";

    private final Orders orders;
    private final ProofOfWork proofOfWork;
    private final OrderLimits limits;

    OrderController(Orders orders, ProofOfWork proofOfWork, OrderLimits limits) {
        this.orders = orders;
        this.proofOfWork = proofOfWork;
        this.limits = limits;
    }

    @GetMapping(PATH)
    String form(Model model) {
        return page(OrderRequest.empty(), new OrderErrors(), Optional.empty(), model);
    }

    @PostMapping(PATH)
    String submit(@RequestParam(defaultValue = "") String orgNumber, @RequestParam(defaultValue = "") String contactName,
            @RequestParam(defaultValue = "") String contactEmail, @RequestParam(defaultValue = "") String contactPhone,
            @RequestParam(name = "admin", required = false) List<String> admins, @RequestParam(defaultValue = "") String signerName,
            @RequestParam(defaultValue = "") String signerRole, @RequestParam(defaultValue = "false") boolean consent,
            @RequestParam(required = false) Integer termsVersion, @RequestParam(defaultValue = "") String website,
            @RequestParam(required = false) String challenge, @RequestParam(required = false) String nonce,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        OrderRequest form = new OrderRequest(orgNumber, contactName, contactEmail, contactPhone, admins, signerName, signerRole,
                consent, termsVersion, website, challenge, nonce);
        Orders.Submitted result = PortalRequestScope.crossCompany(() -> orders.submit(form, request.getRemoteAddr()));
        if (result instanceof Orders.Submitted.Accepted accepted) {
            return "redirect:" + PATH + "/status/" + accepted.token() + "?sent";
        }
        Orders.Submitted.Refused refused = (Orders.Submitted.Refused) result;
        if (refused.retryAfterSeconds() > 0) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        Optional<KnownCompany> company = refused.errors().has("orgNumber") ? Optional.empty()
                : OrgNumber.parse(orgNumber).flatMap(number -> PortalRequestScope.crossCompany(() -> orders.lookup(number)));
        return page(form, refused.errors(), company, model);
    }

    /**
     * The company behind an organisation number as it is typed (htmx): its name and address when it
     * is the operator's customer, otherwise what to do. Limited per address, so the look-up is no
     * list of the operator's customers.
     */
    @GetMapping(PATH + "/lookup")
    String lookup(@RequestParam(defaultValue = "") String orgNumber, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        String digits = orgNumber.replaceAll("[\\s\\u00a0]", "");
        model.addAttribute("company", null);
        model.addAttribute("messageKey", null);
        if (digits.length() < 9) {
            return "onboarding/company-lookup";
        }
        if (limits.lookupFrom(request.getRemoteAddr()) > 0) {
            model.addAttribute("messageKey", "order.lookup.tooMany");
            return "onboarding/company-lookup";
        }
        Optional<OrgNumber> number = OrgNumber.parse(digits);
        if (number.isEmpty()) {
            model.addAttribute("messageKey", "order.error.orgNumber.invalid");
            return "onboarding/company-lookup";
        }
        Optional<KnownCompany> company = PortalRequestScope.crossCompany(() -> orders.lookup(number.get()));
        model.addAttribute("company", company.orElse(null));
        model.addAttribute("messageKey", company.isPresent() ? null : "order.error.orgNumber.notCustomer");
        return "onboarding/company-lookup";
    }

    @GetMapping(PATH + "/status/{token}")
    String status(@PathVariable String token, @RequestParam(required = false) String sent, HttpServletResponse response,
            Model model) {
        Order order = PortalRequestScope.crossCompany(() -> orders.byToken(token))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("order", order);
        model.addAttribute("reference", Orders.reference(order.id()));
        model.addAttribute("sent", sent != null);
        return "onboarding/status";
    }

    private String page(OrderRequest form, OrderErrors errors, Optional<KnownCompany> company, Model model) {
        Terms terms = PortalRequestScope.crossCompany(orders::currentTerms);
        model.addAttribute("view", new OrderFormView(form, errors, terms, proofOfWork.issue(), proofOfWork.bits()));
        model.addAttribute("company", company.orElse(null));
        return "onboarding/order";
    }
}

package no.bedriftsportal.selfservice;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import no.bedriftsportal.identity.EmployeePrincipal;
import no.bedriftsportal.payment.StartedPayment;
import no.bedriftsportal.payment.VippsApiException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.web.Htmx;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.usage.ExtraPackagePurchase;

/**
 * The employee's extra data (#15.6): the packages on offer and how they may pay, an order by salary
 * deduction, and an order with Vipps — a hop through a page of ours to the Vipps landing page
 * (the portal's forms post to itself only), and the page Vipps sends them back to, which asks
 * Vipps at once and then shows whether the package was bought.
 */
@Controller
class OwnDataController {

    static final String PATH = EmployeePrincipal.HOME + "/data";
    private static final String PAYMENT = OwnDataController.class.getName() + ".payment";

    private final OwnSubscriptions own;
    private final OwnExtraPackages packages;

    OwnDataController(OwnSubscriptions own, OwnExtraPackages packages) {
        this.own = own;
        this.packages = packages;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal EmployeePrincipal me, @RequestParam(required = false) Long subscription, Model model) {
        List<Subscription> held = own.held(me);
        Subscription chosen = OwnSubscriptions.chosen(held, subscription);
        model.addAttribute("held", held);
        model.addAttribute("chosen", chosen);
        model.addAttribute("choices", packages.choices(me, chosen));
        return "selfservice/data";
    }

    @PostMapping(PATH + "/salary")
    String bySalary(@AuthenticationPrincipal EmployeePrincipal me, @RequestParam long subscription, @RequestParam String code,
            RedirectAttributes redirect) {
        ExtraPackagePurchase bought = packages.bySalary(me, own.chosen(me, subscription), code);
        redirect.addFlashAttribute("ordered", bought.code());
        return "redirect:" + PATH + "?subscription=" + subscription;
    }

    @PostMapping(PATH + "/vipps")
    String withVipps(@AuthenticationPrincipal EmployeePrincipal me, @RequestParam long subscription, @RequestParam String code,
            HttpSession session, RedirectAttributes redirect) {
        StartedPayment started;
        try {
            started = packages.withVipps(me, own.chosen(me, subscription), code);
        } catch (VippsApiException e) {
            // Vipps refused or did not answer: nothing is bought, and the poller settles a payment Vipps may have made
            redirect.addFlashAttribute("vippsFailed", true);
            return "redirect:" + PATH + "?subscription=" + subscription;
        }
        session.setAttribute(PAYMENT, started.reference());
        return "redirect:" + PATH + "/vipps/go?reference=" + started.reference();
    }

    /** The hop to Vipps: a page of ours that sends the browser on (a link, and a refresh without script). */
    @GetMapping(PATH + "/vipps/go")
    String toVipps(@AuthenticationPrincipal EmployeePrincipal me, @RequestParam String reference, Model model) {
        var payment = packages.payment(me, reference).orElseThrow(() -> new NotFoundException("payment " + reference));
        if (payment.redirectUrl() == null || payment.state().terminal()) {
            return "redirect:" + PATH + "/vipps?reference=" + reference;
        }
        model.addAttribute("payment", payment);
        return "selfservice/to-vipps";
    }

    /**
     * Where Vipps sends the employee back: the payment as Vipps has it now. While it waits, the page
     * asks again with htmx and gets the payment's fragment only.
     */
    @GetMapping(PATH + "/vipps")
    String back(@AuthenticationPrincipal EmployeePrincipal me, @RequestParam(required = false) String reference, HttpSession session,
            HttpServletRequest request, Model model) {
        String asked = reference != null ? reference : (String) session.getAttribute(PAYMENT);
        if (asked == null) {
            return "redirect:" + PATH;
        }
        model.addAttribute("payment", packages.payment(me, asked).orElseThrow(() -> new NotFoundException("payment " + asked)));
        return Htmx.view(request, "selfservice/vipps-status", "selfservice/vipps-payment");
    }
}

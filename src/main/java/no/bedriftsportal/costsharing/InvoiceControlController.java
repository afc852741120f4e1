package no.bedriftsportal.costsharing;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The module's entry in the menu opens the month's results. */
@Controller
class InvoiceControlController {

    @GetMapping("/invoice-control")
    String start() {
        return "redirect:/invoice-control/results";
    }
}

package no.bedriftsportal.insights;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The navigation's "Innsikt" (#18): opens on the savings advice, the first of its three tabs. */
@Controller
class InsightsController {

    @GetMapping("/insights")
    String insights() {
        return "redirect:/insights/advice";
    }
}

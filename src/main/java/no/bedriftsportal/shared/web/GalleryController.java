package no.bedriftsportal.shared.web;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The design system's gallery at {@code /dev/gallery}: every component of {@code portal.css}, live
 * and with its markup, at full width and in a phone-wide frame. Demo only, and like every
 * {@code /dev/} page answered to this machine only ({@code DevLoopbackFilter}).
 */
@Controller
@Profile("demo")
class GalleryController {

    static final String PATH = "/dev/gallery";

    @GetMapping(PATH)
    String gallery(Model model) {
        model.addAttribute("examples", GalleryExamples.ALL);
        return "layout/gallery";
    }
}

package no.bedriftsportal.messaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The demo's stand-in for a mailbox: the latest mails the demo's SMTP server received, newest
 * first, as a page at {@code /dev/mail} (the HTML body shown in a sandboxed frame, scripts off) and
 * as JSON at {@code /dev/mail-outbox}. Only in the {@code demo} profile, to loopback clients only
 * ({@link DevLoopbackFilter}).
 */
@Controller
@Profile("demo")
class DevMailController {

    private static final int LIMIT = 50;

    private final GreenMail server;

    DevMailController(GreenMail demoSmtpServer) {
        this.server = demoSmtpServer;
    }

    @GetMapping(value = "/dev/mail-outbox", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<ReceivedMail> json() {
        return latest();
    }

    @GetMapping("/dev/mail")
    String page(Model model) {
        model.addAttribute("mails", latest());
        return "messaging/dev-mail";
    }

    private List<ReceivedMail> latest() {
        List<ReceivedMail> all = new ArrayList<>(Arrays.stream(server.getReceivedMessages()).map(ReceivedMail::of).toList());
        Collections.reverse(all); // received in order: the newest last
        return all.stream().limit(LIMIT).toList();
    }
}

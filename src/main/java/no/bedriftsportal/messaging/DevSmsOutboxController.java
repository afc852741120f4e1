package no.bedriftsportal.messaging;

import java.time.Instant;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The demo's stand-in for a phone: the latest SMS as JSON at {@code /dev/sms-outbox} and as a page
 * at {@code /dev/sms}, so a new user can read the one-time code. Only in the {@code demo} profile.
 */
@Controller
@Profile("demo")
class DevSmsOutboxController {

    private static final int LIMIT = 50;

    private final SmsOutbox outbox;

    DevSmsOutboxController(SmsOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping(value = "/dev/sms-outbox", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<DevSms> json() {
        return outbox.latest(LIMIT).stream().map(DevSms::of).toList();
    }

    @GetMapping("/dev/sms")
    String page(Model model) {
        model.addAttribute("messages", outbox.latest(LIMIT));
        return "messaging/dev-outbox";
    }

    record DevSms(String to, String text, Instant sentAt, String status) {
        static DevSms of(OutboxSms sms) {
            return new DevSms(sms.to(), sms.text(), sms.sentAt() == null ? sms.createdAt() : sms.sentAt(), sms.status());
        }
    }
}

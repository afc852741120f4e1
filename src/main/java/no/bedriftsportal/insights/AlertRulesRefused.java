package no.bedriftsportal.insights;

import org.springframework.security.access.AccessDeniedException;

/** The editor may not change the company's alert rules (a user limited to some customer numbers, a read-only token). */
public class AlertRulesRefused extends AccessDeniedException {

    public AlertRulesRefused() {
        super("Only a super user, or a user granted Innsikt for the whole company, may change the alert rules");
    }
}

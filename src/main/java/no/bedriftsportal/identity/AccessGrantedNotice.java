package no.bedriftsportal.identity;

import org.springframework.stereotype.Component;

import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CompanyLanguage;
import no.bedriftsportal.customer.CompanyMessages;
import no.bedriftsportal.messaging.MailOutbox;
import no.bedriftsportal.messaging.MessagePurpose;
import no.bedriftsportal.messaging.OutgoingMail;

/**
 * Tells the company's notification address (Innstillinger → Firma, S2) that someone was given access
 * to the portal, in the company's language: who, with which role, given by whom. A company without
 * the address set gets nothing; the mail is queued in the caller's transaction, so it goes only if
 * the access does.
 */
@Component
class AccessGrantedNotice {

    private final MailOutbox mail;
    private final CompanyMessages messages;

    AccessGrantedNotice(MailOutbox mail, CompanyMessages messages) {
        this.mail = mail;
        this.messages = messages;
    }

    void tell(Company company, PortalUser user, String grantedBy) {
        if (company.notificationEmail() == null || company.notificationEmail().isBlank()) {
            return;
        }
        long companyId = company.id();
        CompanyLanguage language = company.language();
        String who = user.name() == null || user.name().isBlank() ? user.msisdn().display() : user.name();
        String role = messages.text(language, "role." + user.role().name());
        String subject = messages.text(language, "mail.accessGranted.subject", who);
        String text = messages.text(language, "mail.accessGranted.text", who, user.msisdn().display(), company.name(), role,
                grantedBy == null ? "–" : grantedBy);
        mail.queue(OutgoingMail.text(companyId, null, MessagePurpose.ACCESS_GRANTED, company.notificationEmail(), subject, text));
    }
}

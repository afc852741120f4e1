package no.bedriftsportal.onboarding;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.bedriftsportal.customer.CompanyLanguage;
import no.bedriftsportal.customer.CompanyMessages;
import no.bedriftsportal.messaging.MailOutbox;
import no.bedriftsportal.messaging.MessagePurpose;
import no.bedriftsportal.messaging.OutgoingMail;

/**
 * The contact's e-mails about an order (G1, #17.4): received with the status link, approved, rejected
 * with the reason. Only a customer can order, so each goes in the ordering company's language (S2).
 */
@Component
class OrderMails {

    private final MailOutbox mail;
    private final CompanyMessages messages;
    private final String baseUrl;

    OrderMails(MailOutbox mail, CompanyMessages messages, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    void received(long companyId, Order order, long orderId, String orgNumberDisplay, String token) {
        send(companyId, order, "order.mail.received", Orders.reference(orderId), order.contactName(), order.companyName(),
                orgNumberDisplay, statusUrl(token));
    }

    void approved(long companyId, Order order, long orderId) {
        send(companyId, order, "order.mail.approved", Orders.reference(orderId), order.contactName(), order.companyName(),
                baseUrl + "/login");
    }

    void rejected(long companyId, Order order, long orderId, String reason) {
        send(companyId, order, "order.mail.rejected", Orders.reference(orderId), order.contactName(), order.companyName(), reason);
    }

    String statusUrl(String token) {
        return baseUrl + "/order/status/" + token;
    }

    /** Subject and body share their arguments: {0} the reference, {1} the contact, {2} the company, then the mail's own. */
    private void send(long companyId, Order order, String key, Object... arguments) {
        CompanyLanguage language = messages.language(companyId);
        mail.queue(OutgoingMail.text(companyId, null, MessagePurpose.ORDER, order.contactEmail(),
                messages.text(language, key + ".subject", arguments), messages.text(language, key + ".body", arguments)));
    }
}

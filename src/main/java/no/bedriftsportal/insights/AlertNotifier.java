package no.bedriftsportal.insights;

import java.sql.Date;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.bedriftsportal.customer.CompanyMessages;
import no.bedriftsportal.identity.PortalUser;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.messaging.MailOutbox;
import no.bedriftsportal.messaging.MessagePurpose;
import no.bedriftsportal.messaging.OutgoingMail;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;

/**
 * Tells the rule's recipients of a new alert (X2), through the outboxes, in the company's language: by SMS to
 * their numbers and by e-mail to the address of the employee behind their number, when known. A recipient is told
 * only of what they may see (a user limited to some customer numbers hears nothing of the others); the employee
 * concerned is told too when the rule says so (SMS to the subscription's number, e-mail when known).
 */
@Component
class AlertNotifier {

    private final PortalUsers portalUsers;
    private final SmsOutbox sms;
    private final MailOutbox mail;
    private final CompanyMessages messages;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String baseUrl;

    AlertNotifier(PortalUsers portalUsers, SmsOutbox sms, MailOutbox mail, CompanyMessages messages, JdbcClient jdbc,
            Clock clock, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.portalUsers = portalUsers;
        this.sms = sms;
        this.mail = mail;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Queues the alert's messages; how many. */
    int tell(AlertRule rule, AlertLine line, Long accountId) {
        long company = rule.companyId();
        Locale locale = messages.locale(company);
        String text = messages.text(company, AlertWords.key(line.kind()), AlertWords.arguments(line, locale));
        String title = messages.text(company, "alerts.kind." + line.kind().name());
        String link = baseUrl + AlertQuery.PATH;
        int sent = 0;
        Set<String> numbers = new LinkedHashSet<>();
        Set<String> addresses = new LinkedHashSet<>();
        for (PortalUser user : recipients(rule)) {
            if (accountId != null && !user.superUser() && !user.customerAccountIds().contains(accountId)) {
                continue; // not theirs to see
            }
            numbers.add(user.msisdn().value());
            emailOf(company, user.msisdn().value()).ifPresent(addresses::add);
        }
        if (rule.toEmployee() && line.msisdn() != null) {
            numbers.add(line.msisdn());
            emailOf(company, line.msisdn()).ifPresent(addresses::add);
        }
        if (rule.bySms()) {
            String smsText = messages.text(company, "alerts.sms", title, text);
            for (String number : numbers) {
                sms.queue(company, null, MessagePurpose.ALERT, new Msisdn(number), smsText);
                sent++;
            }
        }
        if (rule.byEmail()) {
            String subject = messages.text(company, "alerts.mail.subject", title);
            String body = messages.text(company, "alerts.mail.text", text, link);
            for (String address : addresses) {
                try {
                    mail.queue(OutgoingMail.text(company, null, MessagePurpose.ALERT, address, subject, body));
                    sent++;
                } catch (IllegalArgumentException e) {
                    // an employee's address that is not one: nobody to mail
                }
            }
        }
        return sent;
    }

    private List<PortalUser> recipients(AlertRule rule) {
        List<PortalUser> users = portalUsers.list(rule.companyId());
        List<PortalUser> chosen = new ArrayList<>();
        for (PortalUser user : users) {
            if (rule.recipients().isEmpty() ? user.superUser() : rule.recipients().contains(user.id())) {
                chosen.add(user);
            }
        }
        return chosen;
    }

    /** The e-mail address of the employee behind a number today, when the employee has one. */
    private java.util.Optional<String> emailOf(long companyId, String msisdn) {
        return jdbc.sql("""
                select e.email from subscription s
                join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
                where s.company_id = :company and s.msisdn = :msisdn and s.active_from <= :today
                  and (s.terminated_on is null or s.terminated_on > :today) and e.email is not null and e.email <> ''
                limit 1""")
                .param("company", companyId).param("msisdn", msisdn).param("today", Date.valueOf(Oslo.today(clock)))
                .query(String.class).optional();
    }
}

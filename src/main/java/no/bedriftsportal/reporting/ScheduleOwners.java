package no.bedriftsportal.reporting;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CompanyMessages;
import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.identity.PortalUser;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.messaging.MailOutbox;
import no.bedriftsportal.messaging.MessagePurpose;
import no.bedriftsportal.messaging.OutgoingMail;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NotFoundException;

/**
 * A schedule's owner as they are now (ADR 0022): a schedule runs with the grants its owner has at
 * each run, never with those they had when they set it up, so a removed grant stops what it
 * covered at once; an owner who is gone, lost the reports module or every customer number pauses
 * the schedule. The owner is also who hears, by SMS to their number, that a run failed.
 */
@Component
class ScheduleOwners {

    private final PortalUsers portalUsers;
    private final SmsOutbox sms;
    private final ReportLabels labels;
    private final Companies companies;
    private final CompanyMessages companyMessages;
    private final MailOutbox mail;

    ScheduleOwners(PortalUsers portalUsers, SmsOutbox sms, ReportLabels labels, Companies companies, CompanyMessages companyMessages,
            MailOutbox mail) {
        this.portalUsers = portalUsers;
        this.sms = sms;
        this.labels = labels;
        this.companies = companies;
        this.companyMessages = companyMessages;
        this.mail = mail;
    }

    /** The language of the company's scheduled mails and notices (Innstillinger → Firma, S2). */
    Locale locale(long companyId) {
        return companyMessages.locale(companyId);
    }

    /** What the owner may read now, or why the schedule pauses. */
    Access access(long companyId, long ownerId) {
        PortalUser owner;
        try {
            owner = portalUsers.get(companyId, ownerId);
        } catch (NotFoundException e) {
            return Access.paused("reports.schedule.paused.ownerGone");
        }
        if (owner.superUser()) {
            return new Access(AccessScope.wholeCompany(companyId), null);
        }
        if (!owner.modules().contains(PortalModule.REPORTS)) {
            return Access.paused("reports.schedule.paused.noReports");
        }
        if (owner.customerAccountIds().isEmpty()) {
            return Access.paused("reports.schedule.paused.noAccounts");
        }
        return new Access(new AccessScope(companyId, owner.customerAccountIds()), null);
    }

    /** Tells the owner (by SMS, in the caller's transaction) that their scheduled report did not reach these recipients. */
    void tellFailed(long companyId, long ownerId, String reportName, List<String> recipients) {
        copyToCompany(companyId, reportName, recipients);
        PortalUser owner;
        try {
            owner = portalUsers.get(companyId, ownerId);
        } catch (NotFoundException e) {
            return; // nobody to tell: the schedule pauses at its next run
        }
        sms.queue(companyId, null, MessagePurpose.REPORT_FAILED, owner.msisdn(),
                labels.t("reports.schedule.failedSms", locale(companyId), reportName, String.join(", ", recipients)));
    }

    /** A copy of the failure to the company's notification address (S2), when it has one; the owner may be gone. */
    private void copyToCompany(long companyId, String reportName, List<String> recipients) {
        Company company = companies.get(companyId);
        if (company.notificationEmail() == null || company.notificationEmail().isBlank()) {
            return;
        }
        Locale locale = locale(companyId);
        mail.queue(OutgoingMail.text(companyId, null, MessagePurpose.REPORT_FAILED, company.notificationEmail(),
                labels.t("reports.schedule.failedMail.subject", locale, reportName),
                labels.t("reports.schedule.failedMail.text", locale, reportName, String.join(", ", recipients))));
    }

    /** @param pausedReason a message key, or null when the schedule may run with {@code scope} */
    record Access(AccessScope scope, String pausedReason) {

        static Access paused(String reason) {
            return new Access(null, reason);
        }
    }
}

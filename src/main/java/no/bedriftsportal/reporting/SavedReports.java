package no.bedriftsportal.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.identity.PortalUser;
import no.bedriftsportal.identity.PortalUsers;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;

/**
 * Lagrede rapporter (#16.6): a user saves the report they look at, and runs, downloads, renames or
 * deletes it later. A user limited to some customer numbers sees their own; a super user sees
 * every saved report of the company (and may change them: the company's reports are theirs to
 * keep in order). The pages and the API both call this.
 */
@Service
public class SavedReports {

    static final int MAX_NAME = 100;

    private final SavedReportStore store;
    private final ScheduleStore schedules;
    private final PortalUsers portalUsers;
    private final ReportLabels labels;
    private final RecipientRules recipients;
    private final AuditTrail audit;
    private final Clock clock;

    SavedReports(SavedReportStore store, ScheduleStore schedules, PortalUsers portalUsers, ReportLabels labels,
            RecipientRules recipients, AuditTrail audit, Clock clock) {
        this.store = store;
        this.schedules = schedules;
        this.portalUsers = portalUsers;
        this.labels = labels;
        this.recipients = recipients;
        this.audit = audit;
        this.clock = clock;
    }

    /** The saved reports the requester sees, with their owners' names and schedules. */
    @Transactional(readOnly = true)
    List<SavedReport> list(Requester requester) {
        List<SavedReport> saved = store.list(requester.companyId(), requester.superUser() ? null : requester.portalUserId());
        if (saved.isEmpty()) {
            return saved;
        }
        Map<Long, String> names = portalUsers.list(requester.companyId()).stream()
                .collect(Collectors.toMap(PortalUser::id, user -> user.name() == null ? user.msisdn().value() : user.name()));
        Map<Long, ReportSchedule> byReport = schedules.ofReports(requester.companyId(), saved.stream().map(SavedReport::id).toList());
        List<SavedReport> complete = new ArrayList<>();
        for (SavedReport report : saved) {
            complete.add(new SavedReport(report.id(), report.ownerId(), names.get(report.ownerId()), report.name(), report.kind(),
                    report.query(), report.format(), report.createdAt(), report.updatedAt(), byReport.get(report.id())));
        }
        return complete;
    }

    /** One saved report the requester sees, with its schedule; not found otherwise (another's or another company's). */
    @Transactional(readOnly = true)
    SavedReport get(Requester requester, long id) {
        SavedReport report = store.find(requester.companyId(), id).filter(r -> requester.reaches(r.ownerId()))
                .orElseThrow(() -> new NotFoundException("saved report " + id));
        return report.withSchedule(schedules.ofReports(requester.companyId(), List.of(id)).get(id));
    }

    /** Saves a report under a name of the requester's own (the query is read as the page reads it, and stored as it writes it). */
    @Transactional
    SavedReport save(Requester requester, String code, String query, String name, ReportFormat format) {
        ReportKind kind = SavedQuery.kind(code);
        ReportRequest request = SavedQuery.parse(kind, query);
        String checked = name(name);
        long id;
        try {
            id = store.insert(requester.companyId(), requester.portalUserId(), checked, kind, request.query(),
                    format == null ? ReportFormat.EXCEL : format, clock.instant());
        } catch (DuplicateKeyException e) {
            throw nameTaken(checked);
        }
        audit.changed(Change.REPORT_SAVED, null, List.of(checked, labels.title(kind, ReportMailer.BOKMAL)));
        return get(requester, id);
    }

    @Transactional
    SavedReport rename(Requester requester, long id, String name) {
        SavedReport report = get(requester, id);
        String checked = name(name);
        try {
            store.rename(requester.companyId(), id, checked, clock.instant());
        } catch (DuplicateKeyException e) {
            throw nameTaken(checked);
        }
        audit.changed(Change.REPORT_RENAMED, null, List.of(report.name(), checked));
        return get(requester, id);
    }

    /** Deletes the saved report with its schedule and send log. */
    @Transactional
    void delete(Requester requester, long id) {
        SavedReport report = get(requester, id);
        store.delete(requester.companyId(), id);
        audit.changed(Change.REPORT_DELETED, report.name());
    }

    /** The domains reports may be sent to, and whether a super user set them. */
    @Transactional(readOnly = true)
    AllowedDomains domains(long companyId) {
        return recipients.allowedDomains(companyId);
    }

    /**
     * Sets the domains reports may be sent to (a super user only): typed with commas, spaces or
     * lines between; none makes the employees' domains count again.
     */
    @Transactional
    Set<String> setDomains(Requester requester, String typed) {
        if (!requester.superUser()) {
            throw new AccessDeniedException("Only a super user sets where reports may be sent");
        }
        Set<String> domains = new TreeSet<>();
        for (String domain : SendForm.addresses(typed)) {
            String lower = domain.toLowerCase(Locale.ROOT).replaceFirst("^@", "");
            if (!lower.matches("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?") || !lower.contains(".") || lower.contains("..")) {
                throw new InvalidInputException("domains", "reports.domains.error", "Not a domain: " + domain, domain);
            }
            domains.add(lower);
        }
        if (domains.size() > 50) {
            throw new InvalidInputException("domains", "reports.domains.tooMany", "At most 50 domains", 50);
        }
        store.setDomains(requester.companyId(), domains);
        audit.changed(Change.REPORT_DOMAINS_SET, String.join(", ", domains));
        return domains;
    }

    private static String name(String name) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > MAX_NAME || text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "reports.saved.error.name", "A name is 1–100 characters", MAX_NAME);
        }
        return text;
    }

    private static InvalidInputException nameTaken(String name) {
        return new InvalidInputException("name", "reports.saved.error.nameTaken", "You have a saved report of that name already", name);
    }
}

package no.bedriftsportal.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import no.bedriftsportal.shared.api.ApiClient;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;
import no.bedriftsportal.shared.audit.Download;
import no.bedriftsportal.shared.audit.PersonView;

/**
 * The audit trail of the signed-in user's request: who from the security context, from where from
 * the request, when by the clock ({@link AuditLog}). Each entry is committed in a transaction of
 * its own before the caller answers, so that a download that succeeds is always in the log, and
 * one whose entry cannot be written fails. A company API request is recorded with its token as the
 * actor ({@code api-token:<id>}, named by the token's name, which the log page words with {@code audit.apiToken}). Outside a signed-in request it refuses.
 */
@Component
class RecordedAuditTrail implements AuditTrail {

    private final AuditLog log;
    private final TransactionTemplate ownTransaction;

    RecordedAuditTrail(AuditLog log, PlatformTransactionManager transactions) {
        this.log = log;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void downloaded(Download kind, String reference) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(AuditWords.KIND, kind.name());
        facts.put(AuditWords.REFERENCE, reference);
        record(AuditAction.DOWNLOADED, null, facts);
    }

    @Override
    public void changed(Change change, String variant, List<?> arguments) {
        Map<String, Object> facts = new LinkedHashMap<>();
        if (variant != null) {
            facts.put(AuditWords.VARIANT, variant);
        }
        facts.put(AuditWords.ARGUMENTS, List.copyOf(arguments));
        Who me = signedIn();
        // in the caller's transaction: the entry stands exactly when the change does
        log.recordFacts(me.companyId(), me.actor(), me.name(), AuditAction.valueOf(change.name()).name(), null, facts,
                clientAddress());
    }

    @Override
    public void changedBySchedule(long companyId, String job, String jobName, Change change, List<?> arguments) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(AuditWords.ARGUMENTS, List.copyOf(arguments));
        log.recordFacts(companyId, AuditEvent.SCHEDULE_PREFIX + job, jobName, AuditAction.valueOf(change.name()).name(), null, facts,
                null);
    }

    @Override
    public void viewedPerson(PersonView view, String msisdn, String name) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(AuditWords.VIEW, view.name());
        if (name != null && !name.isBlank()) {
            facts.put(AuditWords.NAME, name);
        }
        record(AuditAction.PERSON_VIEWED, msisdn, facts);
    }

    private void record(AuditAction action, String subject, Map<String, Object> facts) {
        Who me = signedIn();
        String clientAddress = clientAddress();
        ownTransaction.executeWithoutResult(status -> log.recordFacts(me.companyId(), me.actor(), me.name(), action.name(),
                subject, facts, clientAddress));
    }

    private static String clientAddress() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest().getRemoteAddr();
    }

    /** The signed-in portal user or employee, or the company API token of the request (#13.2): its actor is {@code api-token:<id>}. */
    private static Who signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal me) {
            return new Who(me.companyId(), me.msisdn(), me.name());
        }
        if (authentication != null && authentication.getPrincipal() instanceof EmployeePrincipal me) {
            return new Who(me.companyId(), me.msisdn(), me.name()); // an employee on their own page (#15)
        }
        if (authentication != null && authentication.getPrincipal() instanceof ApiClient token) {
            return new Who(token.companyId(), AuditEvent.API_TOKEN_PREFIX + token.tokenId(), token.tokenName());
        }
        throw new IllegalStateException("The audit trail records what a signed-in portal user or API token does; nobody is signed in");
    }

    private record Who(long companyId, String actor, String name) {
    }
}

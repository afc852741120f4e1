package no.bedriftsportal.identity;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.shared.AccessScope;

/**
 * An access change as facts for the audit log: whose access, and the grant before and after with
 * customer numbers and names as the company knows them, so that {@link AuditWords} can say
 * "Ga Kari Nordmann tilgang til kundenummer 10000001 (Salg) med modulene Dashboard og Faktura".
 */
@Component
class AccessFacts {

    private final Companies companies;

    AccessFacts(Companies companies) {
        this.companies = companies;
    }

    Map<String, Object> of(PortalUser user) {
        return Map.of(AuditWords.NAME, user.name(), AuditWords.GRANT, grant(user));
    }

    Map<String, Object> changed(PortalUser before, PortalUser after) {
        return Map.of(AuditWords.NAME, after.name(), AuditWords.BEFORE, grant(before), AuditWords.AFTER, grant(after));
    }

    private Map<String, Object> grant(PortalUser user) {
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put(AuditWords.ROLE, user.role().name());
        if (!user.superUser()) {
            grant.put(AuditWords.ACCOUNTS, companies.customerAccounts(new AccessScope(user.companyId(), user.customerAccountIds()))
                    .stream().sorted(Comparator.comparing(CustomerAccount::number))
                    .map(account -> Map.of(AuditWords.NUMBER, account.number(), AuditWords.NAME, account.name()))
                    .toList());
            grant.put(AuditWords.MODULES, user.modules().stream().sorted().map(Enum::name).toList());
        }
        return grant;
    }
}

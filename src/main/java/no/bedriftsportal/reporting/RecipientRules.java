package no.bedriftsportal.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.stereotype.Component;

/**
 * Where a company's reports may go (#16.6): an address at one of the company's domains, or the
 * address of one of its portal users. The domains are those a super user set, or, when none is
 * set, the domains of the employees' own addresses. A report holds the company's cost data: it
 * must not be sent out of the company by a typo or on purpose.
 */
@Component
class RecipientRules {

    static final int MAX_RECIPIENTS = 20;
    private static final int MAX_ADDRESS = 254;

    private final SavedReportStore store;
    private final Clock clock;

    RecipientRules(SavedReportStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The typed addresses, each checked, in lower case; refused with every wrong address and why.
     *
     * @throws InvalidRecipients when none is given or any is refused
     */
    List<String> check(long companyId, List<String> typed) {
        if (typed.isEmpty()) {
            throw new InvalidRecipients(List.of());
        }
        Set<String> domains = allowedDomains(companyId).domains();
        Set<String> portalUsers = null;
        List<String> allowed = new ArrayList<>();
        List<InvalidRecipients.Refused> refused = new ArrayList<>();
        for (String address : typed) {
            String lower = address.strip().toLowerCase(Locale.ROOT);
            if (!wellFormed(lower)) {
                refused.add(new InvalidRecipients.Refused(address, InvalidRecipients.Reason.MALFORMED));
                continue;
            }
            if (!domains.contains(lower.substring(lower.lastIndexOf('@') + 1))) {
                if (portalUsers == null) {
                    portalUsers = store.portalUserAddresses(companyId, clock.instant());
                }
                if (!portalUsers.contains(lower)) {
                    refused.add(new InvalidRecipients.Refused(address, InvalidRecipients.Reason.OUTSIDE_COMPANY));
                    continue;
                }
            }
            if (allowed.size() == MAX_RECIPIENTS) {
                refused.add(new InvalidRecipients.Refused(address, InvalidRecipients.Reason.TOO_MANY));
                continue;
            }
            allowed.add(lower);
        }
        if (!refused.isEmpty()) {
            throw new InvalidRecipients(refused);
        }
        return allowed.stream().distinct().toList();
    }

    /** The domains reports may go to, and whether a super user set them (else they are the employees'). */
    AllowedDomains allowedDomains(long companyId) {
        Set<String> set = store.domains(companyId);
        return set.isEmpty() ? new AllowedDomains(store.employeeDomains(companyId), false) : new AllowedDomains(set, true);
    }

    /** A bare address ({@code ola@firma.no}) as SMTP carries it; the outbox checks again when it is queued. */
    static boolean wellFormed(String address) {
        if (address.length() > MAX_ADDRESS || address.indexOf('@') < 1 || address.endsWith("@")) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            String domain = address.substring(address.lastIndexOf('@') + 1);
            return parsed.getAddress().equals(address) && domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".");
        } catch (AddressException e) {
            return false;
        }
    }
}

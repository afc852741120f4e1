package no.bedriftsportal.reporting;

import java.util.Set;

/**
 * The domains a company's reports may be sent to (besides its portal users' own addresses).
 *
 * @param configured whether a super user set them; otherwise they are the domains of the employees' addresses
 */
public record AllowedDomains(Set<String> domains, boolean configured) {

    public AllowedDomains {
        domains = Set.copyOf(domains);
    }
}

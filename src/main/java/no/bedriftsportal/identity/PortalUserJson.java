package no.bedriftsportal.identity;

import java.time.Instant;
import java.util.List;

/**
 * A portal user in the company API ({@code access:read}).
 *
 * @param msisdn          E.164
 * @param name            the holder's name, from the employee on the number's subscription (the number when none)
 * @param role            {@code super_user} (everything) or {@code user} (what was granted)
 * @param modules         the portal modules they may open, in lower case ({@code dashboard}, {@code invoices}); all for a super user
 * @param customerNumbers the customer numbers they see, as far as the token may see them, sorted; all of those for a super user
 */
public record PortalUserJson(long id, String msisdn, String name, String role, List<String> modules, List<String> customerNumbers,
        Instant createdAt) {
}

package no.bedriftsportal.onboarding;

import java.time.Instant;
import java.util.List;

/** An order of the portal as stored (#17.4). */
public record Order(long id, String orgNumber, String companyName, String contactName, String contactEmail, String contactPhone,
        List<String> adminMsisdns, String signerName, String signerRole, int termsVersion, Instant consentedAt,
        String consentNetwork, OrderStatus status, Instant createdAt, Instant decidedAt, String decidedByName,
        String rejectionReason) {

    /** {@code 923 609 016}, as people read it. */
    public String orgNumberDisplay() {
        return no.bedriftsportal.shared.OrgNumber.parse(orgNumber).map(no.bedriftsportal.shared.OrgNumber::display).orElse(orgNumber);
    }
}

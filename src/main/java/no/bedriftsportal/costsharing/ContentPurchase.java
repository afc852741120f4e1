package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A content-service purchase of an employee's subscription as the administrator sees it: what and
 * from whom it was bought (the description and provider, never the other party's number), the gross
 * amount and how it is classified.
 *
 * @param vat            the VAT within the gross amount (0 for a purchase without VAT, e.g. a donation)
 * @param classification null when not classified
 * @param classifiedBy   {@code ADMIN} or {@code EMPLOYEE}, with the name, when classified
 */
public record ContentPurchase(String cdrId, int piece, long subscriptionId, String msisdn, Instant startTime, String description,
        String provider, BigDecimal gross, BigDecimal vat, Classification classification, String classifiedBy, String classifiedByName,
        Instant classifiedAt) {

    /** The purchase's key in a URL or form: {@code cdrId/piece}. */
    public String key() {
        return cdrId + "/" + piece;
    }
}

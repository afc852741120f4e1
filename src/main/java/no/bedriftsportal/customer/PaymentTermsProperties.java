package no.bedriftsportal.customer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.customer.payment-terms.*}: the payment terms (days from invoice date to due date) a
 * company may choose itself under Innstillinger → Firma (S2, #17.5). The operator decides the range;
 * a company whose agreement says something else (the CRM may register 0–90) keeps it until it
 * changes it, and then chooses within the range.
 *
 * @param minDays the shortest a company may choose (default 10)
 * @param maxDays the longest a company may choose (default 30)
 */
@ConfigurationProperties("portal.customer.payment-terms")
public record PaymentTermsProperties(Integer minDays, Integer maxDays) {

    public PaymentTermsProperties {
        minDays = minDays == null ? 10 : minDays;
        maxDays = maxDays == null ? 30 : maxDays;
        if (minDays < 0 || maxDays > 90 || minDays > maxDays) {
            throw new IllegalArgumentException("portal.customer.payment-terms: 0 <= min-days <= max-days <= 90, not "
                    + minDays + "–" + maxDays);
        }
    }
}

package no.bedriftsportal.payment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.vipps.*}, each from an environment variable ({@code PORTAL_VIPPS_BASE_URL},
 * {@code PORTAL_VIPPS_CLIENT_ID}, {@code PORTAL_VIPPS_CLIENT_SECRET}, {@code PORTAL_VIPPS_SUBSCRIPTION_KEY},
 * {@code PORTAL_VIPPS_MERCHANT_SERIAL_NUMBER}, {@code PORTAL_VIPPS_WEBHOOK_SECRET}); no key is kept in the
 * repository. With none set, Vipps is off: {@link VippsPayments#start} refuses and the webhook answers
 * 404. With some but not all, the start fails naming the missing ones.
 *
 * <p>Timing: {@code timeout} of each call to Vipps; the payer has {@code payment-expiry} to approve (Vipps'
 * own limit is minutes too); the poller looks at a payment not settled {@code poll-after} after its last
 * change, every {@code poll-interval}; a webhook whose {@code x-ms-date} is further than
 * {@code webhook-clock-skew} from the clock is refused.
 */
@ConfigurationProperties("portal.vipps")
record VippsProperties(String baseUrl, String clientId, String clientSecret, String subscriptionKey,
        String merchantSerialNumber, String webhookSecret, Duration timeout, Duration paymentExpiry, Duration pollAfter,
        Duration pollInterval, Duration webhookClockSkew) {

    VippsProperties {
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        paymentExpiry = paymentExpiry == null ? Duration.ofMinutes(10) : paymentExpiry;
        pollAfter = pollAfter == null ? Duration.ofSeconds(30) : pollAfter;
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
        webhookClockSkew = webhookClockSkew == null ? Duration.ofMinutes(5) : webhookClockSkew;
        List<String> missing = missing(baseUrl, clientId, clientSecret, subscriptionKey, merchantSerialNumber, webhookSecret);
        if (!missing.isEmpty() && missing.size() < 6) {
            throw new IllegalStateException("Vipps is half configured: set " + String.join(", ", missing)
                    + " too, or none of the PORTAL_VIPPS_* settings to leave Vipps off");
        }
        if (baseUrl != null && baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }

    /** Whether every key is set (else Vipps is off). */
    boolean configured() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    private static List<String> missing(String... values) {
        String[] names = {"PORTAL_VIPPS_BASE_URL", "PORTAL_VIPPS_CLIENT_ID", "PORTAL_VIPPS_CLIENT_SECRET",
                "PORTAL_VIPPS_SUBSCRIPTION_KEY", "PORTAL_VIPPS_MERCHANT_SERIAL_NUMBER", "PORTAL_VIPPS_WEBHOOK_SECRET"};
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].isBlank()) {
                missing.add(names[i]);
            }
        }
        return missing;
    }
}

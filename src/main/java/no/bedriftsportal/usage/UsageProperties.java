package no.bedriftsportal.usage;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.cdr.*} and {@code portal.usage.*}: the spool directory and how often it is read,
 * and how many months of rated events are kept (daily rollups stay 36 months).
 */
@ConfigurationProperties("portal")
record UsageProperties(Cdr cdr, Usage usage) {

    UsageProperties {
        cdr = cdr == null ? new Cdr(null, null) : cdr;
        usage = usage == null ? new Usage(0) : usage;
    }

    /** @param spoolDir null: no spool directory is read */
    record Cdr(Path spoolDir, Duration spoolInterval) {
        Cdr {
            spoolInterval = spoolInterval == null ? Duration.ofSeconds(5) : spoolInterval;
        }
    }

    record Usage(int eventRetentionMonths) {
        Usage {
            eventRetentionMonths = eventRetentionMonths <= 0 ? 6 : eventRetentionMonths;
        }
    }
}

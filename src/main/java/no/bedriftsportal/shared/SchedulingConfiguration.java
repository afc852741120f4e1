package no.bedriftsportal.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work (the SMS dispatcher, the CDR spool, retention) runs on Spring's scheduler; jobs
 * that must run once across instances take a PostgreSQL advisory lock themselves.
 * {@code portal.scheduling.enabled=false} turns it off (the benchmark).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "portal.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}

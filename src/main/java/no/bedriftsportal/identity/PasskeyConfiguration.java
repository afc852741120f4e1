package no.bedriftsportal.identity;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;

import no.bedriftsportal.shared.audit.AuditTrail;

/** The passkeys' stores (#18.4): Spring Security's JDBC repositories with the company's wall (ADR 0030). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasskeyProperties.class)
class PasskeyConfiguration {

    @Bean
    PasskeyUserEntities passkeyUserEntities(JdbcOperations jdbc) {
        return new PasskeyUserEntities(jdbc);
    }

    @Bean
    PasskeyCredentials passkeyCredentials(JdbcOperations jdbc, AuditTrail audit, Clock clock) {
        return new PasskeyCredentials(jdbc, audit, clock);
    }
}

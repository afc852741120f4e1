package no.bedriftsportal.shared.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC). When two requests on one session both add an
 * attribute the stored session does not have yet (the CSRF token right after login is the usual
 * one), each inserts it and the second used to fail on {@code spring_session_attributes_pk} with a
 * 500. PostgreSQL's {@code INSERT … ON CONFLICT DO UPDATE} makes the second write win instead (#11.6).
 * A session's last access is written at most once a minute ({@link LastAccessThrottle}, #12.7).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** The session store behind {@link LastAccessThrottle}: a session's last access written at most once a minute. */
    @Bean
    static BeanPostProcessor lastAccessThrottle(
            @Value("${portal.session.last-access-write-interval:60s}") Duration interval) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store ? new LastAccessThrottle(store, interval) : bean;
            }
        };
    }
}

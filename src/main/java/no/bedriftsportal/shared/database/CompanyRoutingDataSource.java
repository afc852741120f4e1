package no.bedriftsportal.shared.database;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.springframework.jdbc.datasource.AbstractDataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The application's one data source, over two pools (ADR 0010): a portal request gets a connection
 * of the portal role, which owns no table, with {@code portal.company_id} set to its company (or
 * empty: no rows); every other thread gets the operator's, which may cross companies.
 *
 * <p>The setting is written at every checkout, that is for every transaction (or every statement
 * run outside one), so a connection never carries a company over from its last use.
 */
final class CompanyRoutingDataSource extends AbstractDataSource implements Closeable {

    static final String COMPANY_SETTING = "portal.company_id";

    private final HikariDataSource operator;
    private final HikariDataSource portal;

    CompanyRoutingDataSource(HikariDataSource operator, HikariDataSource portal) {
        this.operator = operator;
        this.portal = portal;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!PortalRequestScope.inPortalRequest()) {
            return operator.getConnection();
        }
        Connection connection = portal.getConnection();
        try (PreparedStatement set = connection.prepareStatement("select set_config('" + COMPANY_SETTING + "', ?, false)")) {
            set.setString(1, PortalRequestScope.companySetting());
            set.execute();
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new UnsupportedOperationException("the portal's connections have fixed roles");
    }

    @Override
    public void close() {
        try {
            portal.close();
        } finally {
            operator.close();
        }
    }
}

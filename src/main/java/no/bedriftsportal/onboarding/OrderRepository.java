package no.bedriftsportal.onboarding;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders and the terms they are made on (V40); none of it is a company's row. */
@Repository
class OrderRepository {

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Terms> currentTerms(Instant now) {
        return jdbc.sql("select version, title, body from onboarding_terms where in_force_from <= :now order by version desc limit 1")
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Terms(rs.getInt("version"), rs.getString("title"), rs.getString("body"))).optional();
    }

    long insert(Order order, byte[] tokenHash) {
        return jdbc.sql("""
                insert into onboarding_order (status_token_hash, org_number, company_name, contact_name, contact_email, contact_phone,
                    admin_msisdns, signer_name, signer_role, terms_version, consented_at, consent_network, created_at)
                values (:token, :org, :company, :contactName, :email, :phone, :admins, :signerName, :signerRole, :terms, :consentedAt,
                    :network, :createdAt)
                returning order_id""")
                .param("token", tokenHash).param("org", order.orgNumber()).param("company", order.companyName())
                .param("contactName", order.contactName()).param("email", order.contactEmail()).param("phone", order.contactPhone())
                .param("admins", order.adminMsisdns().toArray(String[]::new)).param("signerName", order.signerName())
                .param("signerRole", order.signerRole()).param("terms", order.termsVersion())
                .param("consentedAt", Timestamp.from(order.consentedAt())).param("network", order.consentNetwork())
                .param("createdAt", Timestamp.from(order.createdAt()))
                .query(Long.class).single();
    }

    Optional<Order> byToken(byte[] tokenHash) {
        return jdbc.sql("select * from onboarding_order where status_token_hash = :token").param("token", tokenHash)
                .query(OrderRepository::order).optional();
    }

    Optional<Order> find(long orderId) {
        return jdbc.sql("select * from onboarding_order where order_id = :id").param("id", orderId)
                .query(OrderRepository::order).optional();
    }

    /** The queue: orders still to decide, oldest first; then the latest decided, newest first. */
    List<Order> queue(int decided) {
        return jdbc.sql("""
                (select * from onboarding_order where status = 'RECEIVED' order by created_at, order_id)
                union all
                (select * from onboarding_order where status <> 'RECEIVED' order by decided_at desc, order_id desc limit :decided)""")
                .param("decided", decided).query(OrderRepository::order).list();
    }

    /** Whether an order of this organisation number is already waiting: one at a time. */
    boolean pendingFor(String orgNumber) {
        return jdbc.sql("select exists (select 1 from onboarding_order where org_number = :org and status = 'RECEIVED')")
                .param("org", orgNumber).query(Boolean.class).single();
    }

    /** Decides a received order: false when it was decided already (by someone else, or twice). */
    boolean decide(long orderId, OrderStatus status, long staffId, String staffName, String reason, Instant now) {
        return jdbc.sql("""
                update onboarding_order set status = :status, decided_at = :now, decided_by = :staff, decided_by_name = :name,
                    rejection_reason = :reason
                where order_id = :id and status = 'RECEIVED'""")
                .param("status", status.name()).param("now", Timestamp.from(now)).param("staff", staffId).param("name", staffName)
                .param("reason", reason).param("id", orderId).update() == 1;
    }

    private static Order order(ResultSet rs, int row) throws SQLException {
        Array admins = rs.getArray("admin_msisdns");
        return new Order(rs.getLong("order_id"), rs.getString("org_number"), rs.getString("company_name"), rs.getString("contact_name"),
                rs.getString("contact_email"), rs.getString("contact_phone"), Arrays.asList((String[]) admins.getArray()),
                rs.getString("signer_name"), rs.getString("signer_role"), rs.getInt("terms_version"),
                rs.getTimestamp("consented_at").toInstant(), rs.getString("consent_network"), OrderStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("decided_at")), rs.getString("decided_by_name"),
                rs.getString("rejection_reason"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

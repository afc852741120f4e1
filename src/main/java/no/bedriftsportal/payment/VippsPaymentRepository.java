package no.bedriftsportal.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code vipps_payment}. A state moves only by {@link #move}, an update conditional on the
 * state it moves from: of two webhooks, or a webhook and the poller, racing to move the same payment,
 * one changes a row and the other none, and only the one that changed it publishes.
 */
@Repository
class VippsPaymentRepository {

    private final JdbcClient jdbc;

    VippsPaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A payment as stored. */
    record StoredPayment(long companyId, long employeeId, String reference, PaymentState state, long amountOre,
            String payerMsisdn, String description, String purpose, String purposeKey, String returnUrl,
            UUID createIdempotencyKey, UUID captureIdempotencyKey, UUID cancelIdempotencyKey, String redirectUrl,
            Instant createdAt, Instant expiresAt, Instant updatedAt) {
    }

    void insert(StoredPayment payment) {
        jdbc.sql("""
                insert into vipps_payment (company_id, reference, employee_id, payer_msisdn, amount_ore, description, purpose,
                    purpose_key, return_url, create_idempotency_key, capture_idempotency_key, cancel_idempotency_key, state,
                    created_at, expires_at, updated_at)
                values (:companyId, :reference, :employeeId, :payer, :amount, :description, :purpose, :purposeKey, :returnUrl,
                    :createKey, :captureKey, :cancelKey, :state, :createdAt, :expiresAt, :createdAt)""")
                .param("companyId", payment.companyId()).param("reference", payment.reference())
                .param("employeeId", payment.employeeId()).param("payer", payment.payerMsisdn())
                .param("amount", payment.amountOre()).param("description", payment.description())
                .param("purpose", payment.purpose()).param("purposeKey", payment.purposeKey())
                .param("returnUrl", payment.returnUrl()).param("createKey", payment.createIdempotencyKey())
                .param("captureKey", payment.captureIdempotencyKey()).param("cancelKey", payment.cancelIdempotencyKey())
                .param("state", payment.state().name()).param("createdAt", Timestamp.from(payment.createdAt()))
                .param("expiresAt", Timestamp.from(payment.expiresAt()))
                .update();
    }

    void redirectUrl(String reference, String redirectUrl) {
        jdbc.sql("update vipps_payment set redirect_url = :url where reference = :reference")
                .param("url", redirectUrl).param("reference", reference).update();
    }

    /** The payment of a reference, whatever its company (webhooks and the poller, on the operator's connections). */
    Optional<StoredPayment> find(String reference) {
        return jdbc.sql("select * from vipps_payment where reference = :reference")
                .param("reference", reference).query(VippsPaymentRepository::stored).optional();
    }

    /** The company's payment of a reference. */
    Optional<StoredPayment> find(long companyId, String reference) {
        return jdbc.sql("select * from vipps_payment where company_id = :companyId and reference = :reference")
                .param("companyId", companyId).param("reference", reference).query(VippsPaymentRepository::stored).optional();
    }

    /**
     * Moves the payment from {@code from} to {@code to} with Vipps' amounts; true if this call moved it,
     * false if it was no longer in {@code from} (another webhook or the poller was first).
     */
    boolean move(String reference, PaymentState from, PaymentState to, VippsClient.RemotePayment remote, String event,
            String failure, Instant now) {
        return jdbc.sql("""
                update vipps_payment set state = :to, updated_at = :now, checked_at = :now, last_event = :event,
                    failure = coalesce(:failure, failure),
                    authorized_ore = coalesce(:authorized, authorized_ore), captured_ore = coalesce(:captured, captured_ore),
                    cancelled_ore = coalesce(:cancelled, cancelled_ore)
                where reference = :reference and state = :from""")
                .param("to", to.name()).param("now", Timestamp.from(now)).param("event", event).param("failure", failure)
                .param("authorized", remote == null ? null : remote.authorizedOre())
                .param("captured", remote == null ? null : remote.capturedOre())
                .param("cancelled", remote == null ? null : remote.cancelledOre())
                .param("reference", reference).param("from", from.name())
                .update() == 1;
    }

    /** Vipps was asked and nothing changed: the poller waits another round before asking again. */
    void checked(String reference, String event, Instant now) {
        jdbc.sql("update vipps_payment set checked_at = :now, last_event = :event where reference = :reference")
                .param("now", Timestamp.from(now)).param("event", event).param("reference", reference).update();
    }

    /** References of payments not settled yet whose last change and last check are both before {@code before}. */
    List<String> unsettled(Instant before, int limit) {
        return jdbc.sql("""
                select reference from vipps_payment
                where state in ('CREATED', 'AUTHORIZED') and updated_at <= :before
                  and (checked_at is null or checked_at <= :before)
                order by updated_at limit :limit""")
                .param("before", Timestamp.from(before)).param("limit", limit)
                .query(String.class).list();
    }

    private static StoredPayment stored(ResultSet rs, int row) throws SQLException {
        return new StoredPayment(rs.getLong("company_id"), rs.getLong("employee_id"), rs.getString("reference"),
                PaymentState.valueOf(rs.getString("state")), rs.getLong("amount_ore"), rs.getString("payer_msisdn"),
                rs.getString("description"), rs.getString("purpose"), rs.getString("purpose_key"), rs.getString("return_url"),
                rs.getObject("create_idempotency_key", UUID.class), rs.getObject("capture_idempotency_key", UUID.class),
                rs.getObject("cancel_idempotency_key", UUID.class), rs.getString("redirect_url"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}

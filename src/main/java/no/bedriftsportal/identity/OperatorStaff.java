package no.bedriftsportal.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.ConflictException;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.database.PortalRequestScope;

/**
 * The operator's staff (#17.4, ADR 0026): registered by the operator API by mobile number and
 * name, they log in with the same SMS code as everyone else and reach only the staff pages. A
 * registered number logs in as staff even if it also holds a company's subscription: the operator
 * said so explicitly, and a staff session must never carry a company.
 */
@Service
public class OperatorStaff {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    OperatorStaff(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers (or reactivates, with the new name) a member of staff. */
    @Transactional
    public StaffMember register(String msisdn, String name) {
        Msisdn number = Msisdn.parse(msisdn).orElseThrow(() -> new InvalidInputException("msisdn", "staff.msisdn.invalid",
                "msisdn must be " + Msisdn.EXPECTED));
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInputException("name", "staff.name.invalid", "name must be 1–100 characters");
        }
        Optional<StaffMember> known = byNumber(number);
        if (known.isPresent() && known.get().active()) {
            throw new ConflictException("msisdn", "staff.msisdn.exists", number.display() + " is staff already");
        }
        jdbc.sql("""
                insert into operator_staff (msisdn, name, created_at) values (:msisdn, :name, :now)
                on conflict (msisdn) do update set name = excluded.name, active = true""")
                .param("msisdn", number.value()).param("name", trimmed).param("now", Timestamp.from(clock.instant()))
                .update();
        return byNumber(number).orElseThrow();
    }

    /** Ends a member's staff access: their session ends at the next request. */
    @Transactional
    public boolean deactivate(String msisdn) {
        return Msisdn.parse(msisdn).map(number -> jdbc.sql("update operator_staff set active = false where msisdn = :msisdn and active")
                .param("msisdn", number.value()).update() > 0).orElse(false);
    }

    public List<StaffMember> list() {
        return PortalRequestScope.crossCompany(() -> jdbc.sql("select * from operator_staff order by staff_id")
                .query(OperatorStaff::member).list());
    }

    /** The active member of staff with this number, if any: who may log in as staff. */
    Optional<StaffMember> mayLogIn(Msisdn msisdn) {
        return byNumber(msisdn).filter(StaffMember::active);
    }

    /** The signed-in member of staff as of now, or empty once deactivated. */
    Optional<StaffPrincipal> principal(long staffId) {
        return jdbc.sql("select * from operator_staff where staff_id = :id and active").param("id", staffId)
                .query(OperatorStaff::member).optional()
                .map(member -> new StaffPrincipal(member.staffId(), member.name(), member.msisdn().value()));
    }

    /**
     * A staff decision of an order recorded in the company's own audit log (who, when, from where),
     * so the company sees who at the operator opened its portal or refused it.
     */
    public void recordDecision(long companyId, StaffPrincipal staff, boolean approved, String subject, String details,
            String clientAddress) {
        audit.record(companyId, "staff:" + staff.staffId(), staff.name(),
                (approved ? AuditAction.ORDER_APPROVED : AuditAction.ORDER_REJECTED).name(), subject, details, clientAddress);
    }

    private Optional<StaffMember> byNumber(Msisdn msisdn) {
        return jdbc.sql("select * from operator_staff where msisdn = :msisdn").param("msisdn", msisdn.value())
                .query(OperatorStaff::member).optional();
    }

    private static StaffMember member(ResultSet rs, int row) throws SQLException {
        return new StaffMember(rs.getLong("staff_id"), new Msisdn(rs.getString("msisdn")), rs.getString("name"),
                rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant());
    }
}

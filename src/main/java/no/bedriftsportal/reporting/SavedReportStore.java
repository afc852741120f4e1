package no.bedriftsportal.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.SqlArrays;

/**
 * The saved reports and the company's recipient domains (V37), and the company's addresses that
 * recipients are checked against. Every statement names the company.
 */
@Repository
class SavedReportStore {

    private final JdbcClient jdbc;

    SavedReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The company's saved reports by name; only {@code ownerId}'s when it is not null. */
    List<SavedReport> list(long companyId, Long ownerId) {
        return jdbc.sql("""
                select saved_report_id, owner_id, name, kind, query, format, created_at, updated_at from saved_report
                where company_id = :company and (cast(:owner as bigint) is null or owner_id = :owner)
                order by lower(name), saved_report_id""")
                .param("company", companyId).param("owner", ownerId)
                .query(SavedReportStore::savedReport).list();
    }

    Optional<SavedReport> find(long companyId, long id) {
        return jdbc.sql("""
                select saved_report_id, owner_id, name, kind, query, format, created_at, updated_at from saved_report
                where company_id = :company and saved_report_id = :id""")
                .param("company", companyId).param("id", id)
                .query(SavedReportStore::savedReport).optional();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the owner has a report of that name */
    long insert(long companyId, long ownerId, String name, ReportKind kind, String query, ReportFormat format, Instant now) {
        return jdbc.sql("""
                insert into saved_report (company_id, owner_id, name, kind, query, format, created_at, updated_at)
                values (:company, :owner, :name, :kind, :query, :format, :now, :now) returning saved_report_id""")
                .param("company", companyId).param("owner", ownerId).param("name", name).param("kind", kind.code())
                .param("query", query).param("format", format.name()).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the owner has a report of that name */
    void rename(long companyId, long id, String name, Instant now) {
        jdbc.sql("update saved_report set name = :name, updated_at = :now where company_id = :company and saved_report_id = :id")
                .param("company", companyId).param("id", id).param("name", name).param("now", Timestamp.from(now)).update();
    }

    void delete(long companyId, long id) {
        jdbc.sql("delete from saved_report where company_id = :company and saved_report_id = :id")
                .param("company", companyId).param("id", id).update();
    }

    /** The domains a super user set, in order; empty when none is set. */
    Set<String> domains(long companyId) {
        return new TreeSet<>(jdbc.sql("select domain from report_recipient_domain where company_id = :company")
                .param("company", companyId).query(String.class).list());
    }

    void setDomains(long companyId, Collection<String> domains) {
        jdbc.sql("delete from report_recipient_domain where company_id = :company").param("company", companyId).update();
        jdbc.sql("insert into report_recipient_domain (company_id, domain) select :company, unnest(cast(:domains as text[]))")
                .param("company", companyId).param("domains", SqlArrays.texts(domains)).update();
    }

    /** The domains of the company's employees' e-mail addresses, in lower case. */
    Set<String> employeeDomains(long companyId) {
        return new TreeSet<>(jdbc.sql("""
                select distinct lower(split_part(email, '@', 2)) from employee
                where company_id = :company and email like '%_@_%'""")
                .param("company", companyId).query(String.class).list());
    }

    /**
     * The addresses of the company's portal users, in lower case: a portal user is a mobile number,
     * and their address is that of the employee holding the number's subscription today.
     */
    Set<String> portalUserAddresses(long companyId, Instant now) {
        return new TreeSet<>(jdbc.sql("""
                select distinct lower(e.email) from portal_user p
                join subscription s on s.company_id = p.company_id and s.msisdn = p.msisdn
                     and s.active_from <= :today and (s.terminated_on is null or s.terminated_on > :today)
                join employee e on e.company_id = s.company_id and e.employee_id = s.employee_id
                where p.company_id = :company and e.email like '%_@_%'""")
                .param("company", companyId).param("today", Oslo.dateOf(now))
                .query(String.class).list());
    }

    private static SavedReport savedReport(ResultSet rs, int row) throws SQLException {
        return new SavedReport(rs.getLong("saved_report_id"), rs.getLong("owner_id"), null, rs.getString("name"),
                SavedQuery.kind(rs.getString("kind")), rs.getString("query"), ReportFormat.valueOf(rs.getString("format")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), null);
    }
}

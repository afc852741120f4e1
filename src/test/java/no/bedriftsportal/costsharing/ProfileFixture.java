package no.bedriftsportal.costsharing;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Profiles for the tests of choices, written straight to the tables (the Profiles service of #14.1
 * is built in parallel): a profile with one version, "Standard"-like rules unless said otherwise.
 */
final class ProfileFixture {

    private final JdbcClient jdbc;

    ProfileFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long profile(long companyId, String name, Instant savedAt) {
        long id = jdbc.sql("insert into costsharing_profile (company_id, created_at) values (:companyId, :at) returning profile_id")
                .param("companyId", companyId).param("at", Timestamp.from(savedAt)).query(Long.class).single();
        jdbc.sql("""
                insert into costsharing_profile_version (company_id, profile_id, version, saved_at, saved_by, name, content_rule,
                        data_control, buy_by_salary, buy_by_vipps, traffic_rules, free_amount)
                values (:companyId, :id, 1, :at, 'test', :name, 'DEDUCT_ABOVE_THRESHOLD', false, true, false, '{}', 0)""")
                .param("companyId", companyId).param("id", id).param("at", Timestamp.from(savedAt)).param("name", name).update();
        return id;
    }

    void delete(long companyId, long profileId, Instant at) {
        jdbc.sql("update costsharing_profile set deleted_at = :at, deleted_by = 'test' where company_id = :companyId and profile_id = :id")
                .param("companyId", companyId).param("id", profileId).param("at", Timestamp.from(at)).update();
    }
}

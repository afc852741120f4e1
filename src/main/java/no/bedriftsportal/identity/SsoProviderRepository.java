package no.bedriftsportal.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.SqlArrays;

/** The sso_provider and sso_email_domain tables (V45): one provider per company and the e-mail domains that lead to it. */
@Repository
class SsoProviderRepository {

    private final JdbcClient jdbc;

    SsoProviderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SsoProvider> find(long companyId) {
        return jdbc.sql("""
                select p.company_id, p.issuer, p.client_id, p.client_secret, p.match_claim, p.enabled, p.changed_by, p.changed_at,
                       array(select d.domain from sso_email_domain d where d.company_id = p.company_id order by d.domain) as domains
                from sso_provider p where p.company_id = :companyId""")
                .param("companyId", companyId).query(SsoProviderRepository::provider).optional();
    }

    /** Saves the company's provider; a null secret keeps the one stored. */
    void save(SsoProvider provider) {
        int changed = jdbc.sql("""
                update sso_provider set issuer = :issuer, client_id = :clientId,
                       client_secret = coalesce(cast(:secret as bytea), client_secret), match_claim = :claim, enabled = :enabled,
                       changed_by = :by, changed_at = :at
                where company_id = :companyId""")
                .params(parameters(provider)).update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into sso_provider (company_id, issuer, client_id, client_secret, match_claim, enabled, changed_by, changed_at)
                    values (:companyId, :issuer, :clientId, :secret, :claim, :enabled, :by, :at)""")
                    .params(parameters(provider)).update();
        }
        jdbc.sql("delete from sso_email_domain where company_id = :companyId").param("companyId", provider.companyId()).update();
        jdbc.sql("""
                insert into sso_email_domain (company_id, domain)
                select :companyId, unnest(cast(:domains as text[]))""")
                .param("companyId", provider.companyId()).param("domains", SqlArrays.texts(provider.emailDomains())).update();
    }

    /** The companies other than this one that route any of these domains (read across companies: the caller scopes it). */
    List<String> domainsTakenByOthers(long companyId, Collection<String> domains) {
        return jdbc.sql("""
                select domain from sso_email_domain where company_id <> :companyId and domain = any(cast(:domains as text[]))
                order by domain""")
                .param("companyId", companyId).param("domains", SqlArrays.texts(List.copyOf(domains)))
                .query(String.class).list();
    }

    /** The company whose enabled provider a domain leads to (read across companies, at login). */
    Optional<Long> companyOfDomain(String domain) {
        return jdbc.sql("""
                select d.company_id from sso_email_domain d join sso_provider p on p.company_id = d.company_id
                where d.domain = :domain and p.enabled""")
                .param("domain", domain).query(Long.class).optional();
    }

    private static java.util.Map<String, Object> parameters(SsoProvider provider) {
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("companyId", provider.companyId());
        parameters.put("issuer", provider.issuer());
        parameters.put("clientId", provider.clientId());
        parameters.put("secret", provider.sealedSecret());
        parameters.put("claim", provider.matchClaim().name());
        parameters.put("enabled", provider.enabled());
        parameters.put("by", provider.changedBy());
        parameters.put("at", Timestamp.from(provider.changedAt()));
        return parameters;
    }

    private static SsoProvider provider(ResultSet rs, int row) throws SQLException {
        Array domains = rs.getArray("domains");
        return new SsoProvider(rs.getLong("company_id"), rs.getString("issuer"), rs.getString("client_id"), rs.getBytes("client_secret"),
                SsoMatchClaim.valueOf(rs.getString("match_claim")), Arrays.asList((String[]) domains.getArray()), rs.getBoolean("enabled"),
                rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
    }
}

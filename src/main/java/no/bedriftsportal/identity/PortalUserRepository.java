package no.bedriftsportal.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.SqlArrays;
import no.bedriftsportal.shared.database.CompanyDataVersions;

/**
 * The portal_user table and its grants (portal_user_customer_account, portal_user_module). Every
 * change raises the company's data version: the signed-in users' principals are kept by it
 * ({@link SignedInPrincipals}), and so are cards, which depend on what a user is granted.
 */
@Repository
class PortalUserRepository {

    private static final String SELECT = """
            select u.company_id, u.portal_user_id, u.msisdn, u.role, u.created_at,
                   array(select g.customer_account_id from portal_user_customer_account g
                          where g.company_id = u.company_id and g.portal_user_id = u.portal_user_id
                          order by g.customer_account_id) as accounts,
                   array(select m.module from portal_user_module m
                          where m.company_id = u.company_id and m.portal_user_id = u.portal_user_id) as modules
            from portal_user u
            """;

    private final JdbcClient jdbc;
    private final CompanyDataVersions dataVersions;

    PortalUserRepository(JdbcClient jdbc, CompanyDataVersions dataVersions) {
        this.jdbc = jdbc;
        this.dataVersions = dataVersions;
    }

    long insert(long companyId, Msisdn msisdn, Role role) {
        dataVersions.changed(companyId);
        return jdbc.sql("""
                insert into portal_user (company_id, msisdn, role) values (:companyId, :msisdn, :role)
                returning portal_user_id""")
                .param("companyId", companyId).param("msisdn", msisdn.value()).param("role", role.name())
                .query(Long.class).single();
    }

    void updateRole(long companyId, long portalUserId, Role role) {
        dataVersions.changed(companyId);
        jdbc.sql("update portal_user set role = :role where company_id = :companyId and portal_user_id = :id")
                .param("role", role.name()).param("companyId", companyId).param("id", portalUserId)
                .update();
    }

    /** Replaces the user's grants with these (empty for a super user, who has everything). */
    void replaceGrants(long companyId, long portalUserId, Collection<Long> customerAccountIds, Collection<PortalModule> modules) {
        dataVersions.changed(companyId);
        jdbc.sql("delete from portal_user_customer_account where company_id = :companyId and portal_user_id = :id")
                .param("companyId", companyId).param("id", portalUserId).update();
        jdbc.sql("delete from portal_user_module where company_id = :companyId and portal_user_id = :id")
                .param("companyId", companyId).param("id", portalUserId).update();
        jdbc.sql("""
                insert into portal_user_customer_account (company_id, portal_user_id, customer_account_id)
                select :companyId, :id, unnest(cast(:accounts as bigint[]))""")
                .param("companyId", companyId).param("id", portalUserId)
                .param("accounts", SqlArrays.bigints(List.copyOf(customerAccountIds)))
                .update();
        jdbc.sql("""
                insert into portal_user_module (company_id, portal_user_id, module)
                select :companyId, :id, unnest(cast(:modules as text[]))""")
                .param("companyId", companyId).param("id", portalUserId)
                .param("modules", SqlArrays.texts(modules.stream().map(Enum::name).toList()))
                .update();
    }

    boolean delete(long companyId, long portalUserId) {
        dataVersions.changed(companyId);
        return jdbc.sql("delete from portal_user where company_id = :companyId and portal_user_id = :id")
                .param("companyId", companyId).param("id", portalUserId).update() == 1;
    }

    Optional<StoredPortalUser> find(long companyId, long portalUserId) {
        return jdbc.sql(SELECT + "where u.company_id = :companyId and u.portal_user_id = :id")
                .param("companyId", companyId).param("id", portalUserId)
                .query(PortalUserRepository::stored).optional();
    }

    Optional<StoredPortalUser> find(long companyId, Msisdn msisdn) {
        return jdbc.sql(SELECT + "where u.company_id = :companyId and u.msisdn = :msisdn")
                .param("companyId", companyId).param("msisdn", msisdn.value())
                .query(PortalUserRepository::stored).optional();
    }

    /** Portal users with this number, in whichever companies they have access to. */
    List<StoredPortalUser> findByNumber(Msisdn msisdn) {
        return jdbc.sql(SELECT + "where u.msisdn = :msisdn order by u.company_id")
                .param("msisdn", msisdn.value())
                .query(PortalUserRepository::stored).list();
    }

    List<StoredPortalUser> list(long companyId) {
        return jdbc.sql(SELECT + "where u.company_id = :companyId order by u.role desc, u.msisdn")
                .param("companyId", companyId)
                .query(PortalUserRepository::stored).list();
    }

    /** The company's portal users by id after {@code afterId}, at most {@code limit}, only of these numbers unless null (the company API's pages). */
    List<StoredPortalUser> listAfter(long companyId, Collection<String> onlyNumbers, long afterId, int limit) {
        return jdbc.sql(SELECT + """
                where u.company_id = :companyId and u.portal_user_id > :after
                  and (cast(:numbers as text[]) is null or u.msisdn = any(:numbers))
                order by u.portal_user_id limit :limit""")
                .param("companyId", companyId).param("numbers", SqlArrays.texts(onlyNumbers)).param("after", afterId).param("limit", limit)
                .query(PortalUserRepository::stored).list();
    }

    private static StoredPortalUser stored(ResultSet rs, int row) throws SQLException {
        Set<Long> accounts = Arrays.stream((Long[]) rs.getArray("accounts").getArray()).collect(Collectors.toSet());
        Array modulesArray = rs.getArray("modules");
        Set<PortalModule> modules = EnumSet.noneOf(PortalModule.class);
        for (String module : (String[]) modulesArray.getArray()) {
            modules.add(PortalModule.valueOf(module));
        }
        return new StoredPortalUser(rs.getLong("company_id"), rs.getLong("portal_user_id"), new Msisdn(rs.getString("msisdn")),
                Role.valueOf(rs.getString("role")), accounts, modules, rs.getTimestamp("created_at").toInstant());
    }

    /** A row as stored; the holder's name is added from the subscription and customer modules. */
    record StoredPortalUser(long companyId, long id, Msisdn msisdn, Role role, Set<Long> customerAccountIds,
            Set<PortalModule> modules, java.time.Instant createdAt) {
    }
}

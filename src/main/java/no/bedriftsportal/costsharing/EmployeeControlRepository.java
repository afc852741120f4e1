package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.AccessScope;

/**
 * What the employee page of invoice control reads and writes (#14.2, #14.6): whether an employee is
 * in the scope, their subscriptions, agreement, opening balances, content purchases and their
 * classifications. Every query takes the company, and the customer numbers where subscriptions are.
 */
@Repository
class EmployeeControlRepository {

    private final JdbcClient jdbc;

    EmployeeControlRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The company's employee, and for a user limited to customer numbers one with a subscription in them. */
    boolean inScope(AccessScope scope, long employeeId) {
        return jdbc.sql("""
                select exists (select 1 from employee e where e.company_id = :companyId and e.employee_id = :employeeId
                    and (cast(:accounts as bigint[]) is null or exists (select 1 from subscription s
                         where s.company_id = e.company_id and s.employee_id = e.employee_id and s.customer_account_id = any(:accounts))))""")
                .param("companyId", scope.companyId()).param("employeeId", employeeId)
                .param("accounts", scope.customerAccountsParameter()).query(Boolean.class).single();
    }

    /** The employee's subscriptions in the scope not terminated by the day, as the user list shows them. */
    List<UserListRow> subscriptions(AccessScope scope, long employeeId, LocalDate day) {
        return jdbc.sql(UserListRepository.SELECT + " and s.employee_id = :employeeId order by s.msisdn, s.subscription_id")
                .param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter()).param("day", day)
                .param("employeeId", employeeId).query(UserListRepository::row).list();
    }

    /** A subscription in the scope (not terminated by the day), as the user list shows it. */
    Optional<UserListRow> subscriptionInScope(AccessScope scope, long subscriptionId, LocalDate day) {
        return jdbc.sql(UserListRepository.SELECT + " and s.subscription_id = :subscriptionId")
                .param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter()).param("day", day)
                .param("subscriptionId", subscriptionId).query(UserListRepository::row).optional();
    }

    Optional<Agreement> agreement(long companyId, long employeeId) {
        return jdbc.sql("""
                select signed_on, recorded_at, recorded_by, file_name, file_type, coalesce(octet_length(file_content), 0) as size
                from salary_deduction_agreement where company_id = :companyId and employee_id = :employeeId""")
                .param("companyId", companyId).param("employeeId", employeeId)
                .query((rs, row) -> new Agreement(rs.getObject("signed_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"), rs.getString("file_name"), rs.getString("file_type"), rs.getLong("size")))
                .optional();
    }

    /** Records the agreement; the file replaces the attached one when given, else the attached one stays. */
    void saveAgreement(long companyId, long employeeId, LocalDate signedOn, Instant at, String by, AgreementFile file) {
        jdbc.sql("""
                insert into salary_deduction_agreement (company_id, employee_id, signed_on, recorded_at, recorded_by, file_name,
                        file_type, file_content)
                values (:companyId, :employeeId, :signedOn, :at, :by, :name, :type, :content)
                on conflict (company_id, employee_id) do update set signed_on = excluded.signed_on,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by,
                    file_name = case when :replace then excluded.file_name else salary_deduction_agreement.file_name end,
                    file_type = case when :replace then excluded.file_type else salary_deduction_agreement.file_type end,
                    file_content = case when :replace then excluded.file_content else salary_deduction_agreement.file_content end""")
                .param("companyId", companyId).param("employeeId", employeeId).param("signedOn", signedOn)
                .param("at", Timestamp.from(at)).param("by", by).param("name", file == null ? null : file.name())
                .param("type", file == null ? null : file.type()).param("content", file == null ? null : file.content())
                .param("replace", file != null).update();
    }

    boolean removeAgreement(long companyId, long employeeId) {
        return jdbc.sql("delete from salary_deduction_agreement where company_id = :companyId and employee_id = :employeeId")
                .param("companyId", companyId).param("employeeId", employeeId).update() == 1;
    }

    boolean removeAgreementFile(long companyId, long employeeId) {
        return jdbc.sql("""
                update salary_deduction_agreement set file_name = null, file_type = null, file_content = null
                where company_id = :companyId and employee_id = :employeeId and file_name is not null""")
                .param("companyId", companyId).param("employeeId", employeeId).update() == 1;
    }

    Optional<AgreementFile> agreementFile(long companyId, long employeeId) {
        return jdbc.sql("""
                select file_name, file_type, file_content from salary_deduction_agreement
                where company_id = :companyId and employee_id = :employeeId and file_name is not null""")
                .param("companyId", companyId).param("employeeId", employeeId)
                .query((rs, row) -> new AgreementFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    List<OpeningBalance> openingBalances(long companyId, long employeeId) {
        return jdbc.sql("""
                select year, amount, recorded_at, recorded_by from content_opening_balance
                where company_id = :companyId and employee_id = :employeeId order by year desc""")
                .param("companyId", companyId).param("employeeId", employeeId)
                .query((rs, row) -> new OpeningBalance(rs.getInt("year"), rs.getBigDecimal("amount"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"))).list();
    }

    void saveOpeningBalance(long companyId, long employeeId, int year, BigDecimal amount, Instant at, String by) {
        jdbc.sql("""
                insert into content_opening_balance (company_id, employee_id, year, amount, recorded_at, recorded_by)
                values (:companyId, :employeeId, :year, :amount, :at, :by)
                on conflict (company_id, employee_id, year) do update set amount = excluded.amount,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                .param("companyId", companyId).param("employeeId", employeeId).param("year", year).param("amount", amount)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    private static final String PURCHASE = """
            select u.cdr_id, u.piece, u.subscription_id, s.msisdn, s.employee_id, u.start_time, u.description, u.provider,
                   u.amount, u.vat_rate, c.classification, c.classified_by, c.classified_by_name, c.classified_at
            from usage_event u
            join subscription s on s.company_id = u.company_id and s.subscription_id = u.subscription_id
            left join content_classification c on c.company_id = u.company_id and c.cdr_id = u.cdr_id and c.piece = u.piece
            where u.company_id = :companyId and u.content_service and u.amount <> 0
              and (cast(:accounts as bigint[]) is null or s.customer_account_id = any(:accounts))
            """;

    /** The content purchases of the employee's subscriptions (in the scope) in [from, to), oldest first. */
    List<ContentPurchase> contentPurchases(AccessScope scope, long employeeId, Instant from, Instant to) {
        return jdbc.sql(PURCHASE + " and s.employee_id = :employeeId and u.start_time >= :from and u.start_time < :to"
                        + " order by u.start_time, u.cdr_id, u.piece")
                .param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("employeeId", employeeId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(EmployeeControlRepository::purchase).list();
    }

    /** The content purchases of one subscription of the company in [from, to), oldest first. */
    List<ContentPurchase> subscriptionPurchases(long companyId, long subscriptionId, Instant from, Instant to) {
        return jdbc.sql(PURCHASE + " and u.subscription_id = :subscriptionId and u.start_time >= :from and u.start_time < :to"
                        + " order by u.start_time, u.cdr_id, u.piece")
                .param("companyId", companyId).param("accounts", AccessScope.wholeCompany(companyId).customerAccountsParameter())
                .param("subscriptionId", subscriptionId).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(EmployeeControlRepository::purchase).list();
    }

    /** Every content purchase of the company's subscriptions from {@code from} until {@code to}, oldest first (history seeding). */
    List<ContentPurchase> contentPurchases(long companyId, Instant from, Instant to) {
        return jdbc.sql(PURCHASE + " and u.start_time >= :from and u.start_time < :to order by u.start_time, u.cdr_id, u.piece")
                .param("companyId", companyId).param("accounts", AccessScope.wholeCompany(companyId).customerAccountsParameter())
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(EmployeeControlRepository::purchase).list();
    }

    /** One content purchase in the scope (within [from, to) when from is given), with the employee of its subscription (null when it has none). */
    Optional<Owned> purchase(AccessScope scope, String cdrId, int piece, Instant from, Instant to) {
        String window = from == null ? "" : " and u.start_time >= :from and u.start_time < :to";
        var statement = jdbc.sql(PURCHASE + " and u.cdr_id = :cdrId and u.piece = :piece" + window)
                .param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .param("cdrId", cdrId).param("piece", piece);
        if (from != null) {
            statement = statement.param("from", Timestamp.from(from)).param("to", Timestamp.from(to));
        }
        return statement
                .query((rs, row) -> {
                    long employeeId = rs.getLong("employee_id");
                    Long employee = rs.wasNull() ? null : employeeId;
                    return new Owned(purchase(rs, row), employee);
                }).optional();
    }

    record Owned(ContentPurchase purchase, Long employeeId) {
    }

    void classify(long companyId, ContentPurchase purchase, Classification classification, Instant at, String byName) {
        classify(companyId, purchase, classification, at, "ADMIN", byName);
    }

    /** Classifies the purchase, by {@code ADMIN} or {@code EMPLOYEE} named {@code byName}. */
    void classify(long companyId, ContentPurchase purchase, Classification classification, Instant at, String by, String byName) {
        jdbc.sql("""
                insert into content_classification (company_id, cdr_id, piece, subscription_id, start_time, classification,
                        classified_at, classified_by, classified_by_name)
                values (:companyId, :cdrId, :piece, :subscriptionId, :startTime, :classification, :at, :by, :name)
                on conflict (company_id, cdr_id, piece) do update set classification = excluded.classification,
                    classified_at = excluded.classified_at, classified_by = excluded.classified_by,
                    classified_by_name = excluded.classified_by_name""")
                .param("companyId", companyId).param("cdrId", purchase.cdrId()).param("piece", purchase.piece())
                .param("subscriptionId", purchase.subscriptionId()).param("startTime", Timestamp.from(purchase.startTime()))
                .param("classification", classification.name()).param("at", Timestamp.from(at)).param("by", by)
                .param("name", byName).update();
    }

    /** The status of the employee's result for the month ({@code PRELIMINARY} or {@code FINAL}), if computed. */
    Optional<String> resultStatus(long companyId, long employeeId, LocalDate month) {
        return jdbc.sql("select status from costsharing_result where company_id = :companyId and employee_id = :employeeId and month = :month")
                .param("companyId", companyId).param("employeeId", employeeId).param("month", month).query(String.class).optional();
    }

    private static ContentPurchase purchase(ResultSet rs, int row) throws SQLException {
        String classification = rs.getString("classification");
        Timestamp classifiedAt = rs.getTimestamp("classified_at");
        return new ContentPurchase(rs.getString("cdr_id"), rs.getInt("piece"), rs.getLong("subscription_id"), rs.getString("msisdn"),
                rs.getTimestamp("start_time").toInstant(), rs.getString("description"), rs.getString("provider"),
                Gross.of(rs.getBigDecimal("amount"), rs.getInt("vat_rate")),
                Gross.of(rs.getBigDecimal("amount"), rs.getInt("vat_rate")).subtract(rs.getBigDecimal("amount").setScale(2, java.math.RoundingMode.HALF_UP)),
                classification == null ? null : Classification.valueOf(classification), rs.getString("classified_by"),
                rs.getString("classified_by_name"), classifiedAt == null ? null : classifiedAt.toInstant());
    }
}

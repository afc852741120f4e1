package no.bedriftsportal.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.OrgNumber;

/** The company, customer_account and employee tables. */
@Repository
class CompanyRepository {

    private static final String COMPANY_COLUMNS = """
            company_id, org_number, name, address_line, postal_code, city, invoice_email, payment_terms_days, created_at,
            notification_email, language""";

    private final JdbcClient jdbc;

    CompanyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertCompany(OrgNumber orgNumber, RegisterCompany command) {
        return jdbc.sql("""
                insert into company (org_number, name, address_line, postal_code, city, invoice_email, payment_terms_days)
                values (:orgNumber, :name, :addressLine, :postalCode, :city, :invoiceEmail, :terms)
                returning company_id""")
                .param("orgNumber", orgNumber.value())
                .param("name", command.name().strip())
                .param("addressLine", blankToNull(command.addressLine()))
                .param("postalCode", blankToNull(command.postalCode()))
                .param("city", blankToNull(command.city()))
                .param("invoiceEmail", blankToNull(command.invoiceEmail()))
                .param("terms", command.paymentTermsDays() == null ? 14 : command.paymentTermsDays())
                .query(Long.class).single();
    }

    Optional<Company> findCompany(long companyId) {
        return jdbc.sql("select " + COMPANY_COLUMNS + " from company where company_id = :companyId")
                .param("companyId", companyId)
                .query(CompanyRepository::company).optional();
    }

    Optional<Company> findCompany(OrgNumber orgNumber) {
        return jdbc.sql("select " + COMPANY_COLUMNS + " from company where org_number = :orgNumber")
                .param("orgNumber", orgNumber.value())
                .query(CompanyRepository::company).optional();
    }

    List<Company> listCompanies() {
        return jdbc.sql("select " + COMPANY_COLUMNS + " from company order by name, company_id")
                .query(CompanyRepository::company).list();
    }

    boolean anyCompany() {
        return jdbc.sql("select exists (select 1 from company)").query(Boolean.class).single();
    }

    long nextCustomerNumber() {
        return jdbc.sql("select nextval('customer_number_seq')").query(Long.class).single();
    }

    boolean customerNumberTaken(String number) {
        return jdbc.sql("select exists (select 1 from customer_account where number = :number)")
                .param("number", number).query(Boolean.class).single();
    }

    CustomerAccount insertCustomerAccount(long companyId, String number, String name) {
        return jdbc.sql("""
                insert into customer_account (company_id, number, name) values (:companyId, :number, :name)
                returning company_id, customer_account_id, number, name""")
                .param("companyId", companyId).param("number", number).param("name", name.strip())
                .query(CompanyRepository::customerAccount).single();
    }

    List<CustomerAccount> listCustomerAccounts(AccessScope scope) {
        return jdbc.sql("""
                select company_id, customer_account_id, number, name from customer_account
                where company_id = :companyId
                  and (cast(:accounts as bigint[]) is null or customer_account_id = any(:accounts))
                order by number""")
                .param("companyId", scope.companyId()).param("accounts", scope.customerAccountsParameter())
                .query(CompanyRepository::customerAccount).list();
    }

    Optional<CustomerAccount> findCustomerAccount(long companyId, long customerAccountId) {
        return jdbc.sql("""
                select company_id, customer_account_id, number, name from customer_account
                where company_id = :companyId and customer_account_id = :id""")
                .param("companyId", companyId).param("id", customerAccountId)
                .query(CompanyRepository::customerAccount).optional();
    }

    Optional<CustomerAccount> findCustomerAccount(long companyId, String number) {
        return jdbc.sql("""
                select company_id, customer_account_id, number, name from customer_account
                where company_id = :companyId and number = :number""")
                .param("companyId", companyId).param("number", number)
                .query(CompanyRepository::customerAccount).optional();
    }

    Employee insertEmployee(long companyId, RegisterEmployee command) {
        return jdbc.sql("""
                insert into employee (company_id, name, email, employee_number, pay_type)
                values (:companyId, :name, :email, :employeeNumber, :payType)
                returning company_id, employee_id, name, email, employee_number, pay_type""")
                .param("companyId", companyId)
                .param("name", command.name().strip())
                .param("email", blankToNull(command.email()))
                .param("employeeNumber", blankToNull(command.employeeNumber()))
                .param("payType", blankToNull(command.payType()))
                .query(CompanyRepository::employee).single();
    }

    Optional<Employee> findEmployee(long companyId, long employeeId) {
        return jdbc.sql("""
                select company_id, employee_id, name, email, employee_number, pay_type from employee
                where company_id = :companyId and employee_id = :id""")
                .param("companyId", companyId).param("id", employeeId)
                .query(CompanyRepository::employee).optional();
    }

    /** Sets the employee number and pay type (null clears); false when the company has no such employee. */
    boolean updateEmployee(long companyId, long employeeId, String employeeNumber, String payType) {
        return jdbc.sql("""
                update employee set employee_number = :employeeNumber, pay_type = :payType
                where company_id = :companyId and employee_id = :id""")
                .param("companyId", companyId).param("id", employeeId)
                .param("employeeNumber", blankToNull(employeeNumber)).param("payType", blankToNull(payType))
                .update() == 1;
    }

    /** Sets the pay type (null clears) of these employees of the company; the number changed. */
    int updatePayType(long companyId, Object employeeIds, String payType) {
        return jdbc.sql("""
                update employee set pay_type = :payType
                where company_id = :companyId and employee_id = any(:ids)""")
                .param("companyId", companyId).param("ids", employeeIds).param("payType", blankToNull(payType))
                .update();
    }

    Optional<Employee> findEmployeeByNumber(long companyId, String employeeNumber) {
        return jdbc.sql("""
                select company_id, employee_id, name, email, employee_number, pay_type from employee
                where company_id = :companyId and employee_number = :number""")
                .param("companyId", companyId).param("number", employeeNumber)
                .query(CompanyRepository::employee).optional();
    }

    List<Employee> listEmployees(long companyId) {
        return jdbc.sql("""
                select company_id, employee_id, name, email, employee_number, pay_type from employee
                where company_id = :companyId order by name, employee_id""")
                .param("companyId", companyId)
                .query(CompanyRepository::employee).list();
    }

    /** Employees by id after {@code afterId}, at most {@code limit}; only those of {@code only} unless it is null. */
    List<Employee> employeesAfter(long companyId, Object only, long afterId, int limit) {
        return jdbc.sql("""
                select company_id, employee_id, name, email, employee_number, pay_type from employee
                where company_id = :companyId and employee_id > :after
                  and (cast(:only as bigint[]) is null or employee_id = any(:only))
                order by employee_id limit :limit""")
                .param("companyId", companyId).param("only", only).param("after", afterId).param("limit", limit)
                .query(CompanyRepository::employee).list();
    }

    /** The address and invoice e-mail a company may change itself (S2); null clears. */
    void updateAddress(long companyId, String addressLine, String postalCode, String city, String invoiceEmail) {
        jdbc.sql("""
                update company set address_line = :addressLine, postal_code = :postalCode, city = :city, invoice_email = :invoiceEmail
                where company_id = :companyId""")
                .param("companyId", companyId).param("addressLine", addressLine).param("postalCode", postalCode)
                .param("city", city).param("invoiceEmail", invoiceEmail)
                .update();
    }

    void updateNotificationEmail(long companyId, String email) {
        jdbc.sql("update company set notification_email = :email where company_id = :companyId")
                .param("companyId", companyId).param("email", email).update();
    }

    void updateLanguage(long companyId, CompanyLanguage language) {
        jdbc.sql("update company set language = :language where company_id = :companyId")
                .param("companyId", companyId).param("language", language.code()).update();
    }

    void updatePaymentTerms(long companyId, int days) {
        jdbc.sql("update company set payment_terms_days = :days where company_id = :companyId")
                .param("companyId", companyId).param("days", days).update();
    }

    /** Renames a customer number of the company; false when it has no such number. */
    boolean renameCustomerAccount(long companyId, String number, String name) {
        return jdbc.sql("update customer_account set name = :name where company_id = :companyId and number = :number")
                .param("companyId", companyId).param("number", number).param("name", name).update() == 1;
    }

    /** Whether another customer number of the company already has this name (letter case ignored). */
    boolean customerAccountNameTaken(long companyId, String number, String name) {
        return jdbc.sql("""
                select exists (select 1 from customer_account
                               where company_id = :companyId and number <> :number and lower(name) = lower(:name))""")
                .param("companyId", companyId).param("number", number).param("name", name)
                .query(Boolean.class).single();
    }

    /** Serialises the company's settings changes (two renames to one name must not both pass the check). */
    void lockSettings(long companyId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('company-settings:' || :companyId))")
                .param("companyId", companyId).query((rs, row) -> row).list();
    }

    private static Company company(ResultSet rs, int row) throws SQLException {
        return new Company(rs.getLong("company_id"), new OrgNumber(rs.getString("org_number")), rs.getString("name"),
                rs.getString("address_line"), rs.getString("postal_code"), rs.getString("city"),
                rs.getString("invoice_email"), rs.getInt("payment_terms_days"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("notification_email"), CompanyLanguage.of(rs.getString("language")));
    }

    private static CustomerAccount customerAccount(ResultSet rs, int row) throws SQLException {
        return new CustomerAccount(rs.getLong("company_id"), rs.getLong("customer_account_id"), rs.getString("number"),
                rs.getString("name"));
    }

    private static Employee employee(ResultSet rs, int row) throws SQLException {
        return new Employee(rs.getLong("company_id"), rs.getLong("employee_id"), rs.getString("name"),
                rs.getString("email"), rs.getString("employee_number"), rs.getString("pay_type"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package no.bedriftsportal.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.shared.ControlCharacters;
import no.bedriftsportal.shared.InvalidInputException;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;
import no.bedriftsportal.shared.database.CompanyDataVersions;

/**
 * What a company may change of its own data (S2, #17.5), for the settings page and the API alike:
 * its postal address and invoice e-mail (the organisation number and the name are the operator's,
 * from the Register of Business Enterprises), its departments' names, its notification e-mail
 * address, the language of its SMS and e-mail, and its payment terms within the operator's range.
 * Each change is in the audit log with its value before and after, in the caller's transaction;
 * a save that changes nothing records nothing.
 */
@Service
@EnableConfigurationProperties(PaymentTermsProperties.class)
public class CompanySettings {

    static final int ADDRESS_MAX = 100;
    static final int CITY_MAX = 60;
    static final int DEPARTMENT_NAME_MAX = 60;
    static final int EMAIL_MAX = 254;
    private static final String NONE = "–";

    private final CompanyRepository repository;
    private final PaymentTermsProperties paymentTerms;
    private final AuditTrail audit;
    private final CompanyDataVersions dataVersions;

    CompanySettings(CompanyRepository repository, PaymentTermsProperties paymentTerms, AuditTrail audit,
            CompanyDataVersions dataVersions) {
        this.repository = repository;
        this.paymentTerms = paymentTerms;
        this.audit = audit;
        this.dataVersions = dataVersions;
    }

    /** The range of payment terms the operator lets companies choose. */
    public PaymentTermsProperties paymentTermsRange() {
        return paymentTerms;
    }

    /**
     * Sets the postal address and invoice e-mail (blank clears each but the postal code's format).
     *
     * @throws InvalidSettingsException naming every bad field: addressLine, postalCode, city, invoiceEmail
     */
    @Transactional
    public Company changeAddress(long companyId, String addressLine, String postalCode, String city, String invoiceEmail) {
        Company before = company(companyId);
        List<InvalidInputException> errors = new ArrayList<>();
        String address = text(addressLine, "addressLine", ADDRESS_MAX, errors);
        String postal = blankToNull(postalCode);
        if (postal != null && !postal.matches("\\d{4}")) {
            errors.add(new InvalidInputException("postalCode", "companySettings.error.postalCode", "A postal code is 4 digits"));
        }
        String town = text(city, "city", CITY_MAX, errors);
        String email = email(invoiceEmail, "invoiceEmail", errors);
        if (!errors.isEmpty()) {
            throw new InvalidSettingsException(errors);
        }
        repository.updateAddress(companyId, address, postal, town, email);
        Company after = company(companyId);
        String was = addressWords(before);
        String is = addressWords(after);
        if (!was.equals(is)) {
            audit.changed(Change.COMPANY_DETAILS_CHANGED, null, List.of(was, is));
        }
        return after;
    }

    /**
     * Renames one of the company's customer numbers (its department): 1–60 characters, no other of the
     * company's numbers by that name (letter case ignored), so that lists and filters tell them apart.
     */
    @Transactional
    public CustomerAccount renameDepartment(long companyId, String number, String name) {
        String key = number == null ? "" : number.strip();
        CustomerAccount before = repository.findCustomerAccount(companyId, key)
                .orElseThrow(() -> new NotFoundException("customer number " + key));
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > DEPARTMENT_NAME_MAX) {
            throw new InvalidInputException("name", "companySettings.error.departmentName",
                    "A department's name is 1 to " + DEPARTMENT_NAME_MAX + " characters", DEPARTMENT_NAME_MAX);
        }
        if (ControlCharacters.in(stripped)) {
            throw new InvalidInputException("name", "validation.controlCharacters", "name must not contain control characters", "name");
        }
        repository.lockSettings(companyId);
        if (repository.customerAccountNameTaken(companyId, key, stripped)) {
            throw new InvalidInputException("name", "companySettings.error.departmentTaken",
                    "Another customer number of the company is already called " + stripped, stripped);
        }
        if (!stripped.equals(before.name())) {
            repository.renameCustomerAccount(companyId, key, stripped);
            dataVersions.changed(companyId);
            audit.changed(Change.DEPARTMENT_RENAMED, null, List.of(key, before.name(), stripped));
        }
        return repository.findCustomerAccount(companyId, key).orElseThrow();
    }

    /** Sets (blank clears) the address that gets copies of the company's notices. */
    @Transactional
    public Company changeNotificationEmail(long companyId, String email) {
        Company before = company(companyId);
        List<InvalidInputException> errors = new ArrayList<>();
        String address = email(email, "notificationEmail", errors);
        if (!errors.isEmpty()) {
            throw new InvalidSettingsException(errors);
        }
        if (!Objects.equals(address, before.notificationEmail())) {
            repository.updateNotificationEmail(companyId, address);
            audit.changed(Change.NOTIFICATION_EMAIL_CHANGED, null, List.of(orNone(before.notificationEmail()), orNone(address)));
        }
        return company(companyId);
    }

    /** Sets the language of the company's SMS and e-mail: {@code nb} or {@code en}. */
    @Transactional
    public Company changeLanguage(long companyId, String code) {
        Company before = company(companyId);
        CompanyLanguage language = CompanyLanguage.parse(code).orElseThrow(() -> new InvalidInputException("language",
                "companySettings.error.language", "Choose the language: nb (Norwegian bokmål) or en (English)"));
        if (language != before.language()) {
            repository.updateLanguage(companyId, language);
            audit.changed(Change.COMPANY_LANGUAGE_CHANGED, null, List.of(before.language().code(), language.code()));
        }
        return company(companyId);
    }

    /**
     * Sets the payment terms, within the operator's range; the next invoice run gives its invoices
     * the due date by them (invoices already issued keep theirs).
     */
    @Transactional
    public Company changePaymentTerms(long companyId, String days) {
        Company before = company(companyId);
        int chosen;
        try {
            chosen = Integer.parseInt(days == null ? "" : days.strip());
        } catch (NumberFormatException e) {
            chosen = -1;
        }
        if (chosen < paymentTerms.minDays() || chosen > paymentTerms.maxDays()) {
            throw new InvalidInputException("paymentTermsDays", "companySettings.error.paymentTerms",
                    "Payment terms are " + paymentTerms.minDays() + " to " + paymentTerms.maxDays() + " days",
                    paymentTerms.minDays(), paymentTerms.maxDays());
        }
        if (chosen != before.paymentTermsDays()) {
            repository.updatePaymentTerms(companyId, chosen);
            audit.changed(Change.PAYMENT_TERMS_CHANGED, null, List.of(String.valueOf(before.paymentTermsDays()),
                    String.valueOf(chosen)));
        }
        return company(companyId);
    }

    private Company company(long companyId) {
        return repository.findCompany(companyId).orElseThrow(() -> new NotFoundException("company"));
    }

    private static String text(String value, String field, int max, List<InvalidInputException> errors) {
        String stripped = blankToNull(value);
        if (stripped == null) {
            return null;
        }
        if (stripped.length() > max) {
            errors.add(new InvalidInputException(field, "companySettings.error.tooLong", field + " is at most " + max + " characters", max));
        } else if (ControlCharacters.in(stripped)) {
            errors.add(new InvalidInputException(field, "validation.controlCharacters", field + " must not contain control characters",
                    field));
        }
        return stripped;
    }

    private static String email(String value, String field, List<InvalidInputException> errors) {
        String stripped = blankToNull(value);
        if (stripped != null && (stripped.length() > EMAIL_MAX || !stripped.matches("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+"))) {
            errors.add(new InvalidInputException(field, "companySettings.error.email", "Write an e-mail address, for example post@firma.no"));
        }
        return stripped;
    }

    private static String addressWords(Company company) {
        String place = (orEmpty(company.postalCode()) + " " + orEmpty(company.city())).strip();
        return String.join(", ", orNone(company.addressLine()), orNone(place), orNone(company.invoiceEmail()));
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

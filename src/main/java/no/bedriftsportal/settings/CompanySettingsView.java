package no.bedriftsportal.settings;

import java.util.List;
import java.util.Map;

import no.bedriftsportal.customer.Company;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.PaymentTermsProperties;

/**
 * What Innstillinger → Firma shows: the settings as saved, and — after a refused save — the one
 * section's values as typed with each error by its field, so nothing typed is lost.
 *
 * @param replacementAgeMonths the equipment register's replacement age (E2), owned by {@code equipment.ReplacementAge}
 * @param sections the page's sections in order ({@link CompanySettingsSections})
 * @param typed    values typed in the refused form, by field name
 * @param errors   messages by field name
 */
public record CompanySettingsView(Company company, List<CustomerAccount> departments, WorkingHoursForm hours,
        PaymentTermsProperties paymentTerms, int replacementAgeMonths, List<String> sections, Map<String, String> typed, Map<String, String> errors) {

    /** The typed value of a field when a save was refused, otherwise the saved one ({@code ""} for none). */
    public String value(String field, String saved) {
        String value = typed.containsKey(field) ? typed.get(field) : saved;
        return value == null ? "" : value;
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The field's {@code aria-describedby}: its hint, and its error when it has one. */
    public String describedBy(String field, String hintId) {
        String error = errors.containsKey(field) ? field + "-error" : null;
        if (hintId == null) {
            return error;
        }
        return error == null ? hintId : hintId + " " + error;
    }
}

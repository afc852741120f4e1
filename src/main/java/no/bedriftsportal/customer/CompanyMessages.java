package no.bedriftsportal.customer;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of an SMS or e-mail to a company's people, in the company's language (S2, #17.5): every
 * module that texts or mails someone of a company reads its words here, from the message bundles,
 * so that the company's choice reaches each message without the module knowing of the setting.
 */
@Component
public class CompanyMessages {

    private final CompanyRepository repository;
    private final MessageSource messages;

    CompanyMessages(CompanyRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    /** The company's language, bokmål for a company not found. */
    public CompanyLanguage language(long companyId) {
        return repository.findCompany(companyId).map(Company::language).orElse(CompanyLanguage.NB);
    }

    /** The locale of the company's messages. */
    public Locale locale(long companyId) {
        return language(companyId).locale();
    }

    /** The text of {@code key} with its arguments, in the company's language. */
    public String text(long companyId, String key, Object... arguments) {
        return text(language(companyId), key, arguments);
    }

    /** The text of {@code key} in a given language, for a person of no company (the operator's staff). */
    public String text(CompanyLanguage language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}

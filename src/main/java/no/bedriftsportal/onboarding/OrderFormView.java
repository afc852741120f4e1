package no.bedriftsportal.onboarding;

import no.bedriftsportal.shared.web.PageContext;

/**
 * What the order page shows: the form as typed, its errors, the terms and a fresh proof-of-work
 * challenge (each form shown gets its own; a challenge works once).
 */
public record OrderFormView(OrderRequest form, OrderErrors errors, Terms terms, String challenge, int bits) {

    /** The field's message in the reader's language, or null. */
    public String error(PageContext page, String field) {
        OrderErrors.Message message = errors.get(field);
        return message == null ? null : page.t(message.key(), message.arguments().toArray());
    }

    public String admin(int index) {
        return form.admin(index);
    }

    public OrderRequest values() {
        return form;
    }

    public Terms currentTerms() {
        return terms;
    }

    public String[] termLines() {
        return terms.body().split("\n");
    }
}

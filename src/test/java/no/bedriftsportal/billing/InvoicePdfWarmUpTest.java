package no.bedriftsportal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class InvoicePdfWarmUpTest {

    private final InvoicePdfWarmUp warmUp = new InvoicePdfWarmUp(new BillingProperties(null, null));

    @Test
    void its_sample_is_an_invoice_of_twenty_subscriptions_that_renders() throws IOException {
        InvoiceDocument sample = warmUp.sample();

        assertThat(SubscriptionSummary.of(sample.lines())).hasSize(20);
        assertThat(InvoicePdfTest.text(InvoicePdf.render(sample))).contains("Faktura 1", "Eksempel AS", "Åse Ødegård 19");
    }
}

package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a made-up invoice of 20 subscriptions a number of times once the portal is up, on a
 * low-priority thread of its own, so that the first customer to download a PDF after a start does
 * not wait while openhtmltopdf and PDFBox load their classes and the JIT compiles their layout: the
 * first render in a fresh JVM takes 1–2 s, a warm one some 30 ms (ADR 0021). Nothing is stored.
 * {@code portal.billing.pdf-warm-up=false} leaves it out (the tests do, as they start many contexts).
 */
@Component
@ConditionalOnProperty(name = "portal.billing.pdf-warm-up", havingValue = "true", matchIfMissing = true)
class InvoicePdfWarmUp {

    static final int RENDERS = 20;
    private static final int SUBSCRIPTIONS = 20;
    private static final Logger log = LoggerFactory.getLogger(InvoicePdfWarmUp.class);

    private final BillingProperties properties;

    InvoicePdfWarmUp(BillingProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread thread = new Thread(this::run, "invoice-pdf-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    void run() {
        long started = System.nanoTime();
        try {
            InvoiceDocument sample = sample();
            for (int i = 0; i < RENDERS; i++) {
                InvoicePdf.render(sample);
            }
            log.info("Invoice PDF warmed up: {} renders in {} ms", RENDERS, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Invoice PDF warm-up failed; the first PDF download will be slow", e);
        }
    }

    /** Lines like a month's: a fee, calls and data per subscription, and the invoice fee. */
    InvoiceDocument sample() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = start.withDayOfMonth(start.lengthOfMonth());
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            String msisdn = "+479" + (1000000 + i);
            String user = "Åse Ødegård " + i;
            lines.add(new InvoiceLine(msisdn, user, "Bedrift Fri 5 GB", start, end, BigDecimal.ONE, "mnd",
                    new BigDecimal("279.00"), 25, LineKind.SUBSCRIPTION_FEE));
            lines.add(new InvoiceLine(msisdn, user, "Samtaler i Norge (inkludert)", start, end, new BigDecimal("312"), "min",
                    BigDecimal.ZERO, 25, LineKind.USAGE));
            lines.add(new InvoiceLine(msisdn, user, "Data utenfor pakken", start.plusDays(3), end, new BigDecimal("1534.217"), "MB",
                    new BigDecimal("153.42"), 25, LineKind.USAGE));
        }
        lines.add(new InvoiceLine(null, null, "Fakturagebyr", start, end, BigDecimal.ONE, "stk", new BigDecimal("29.00"), 25,
                LineKind.OTHER));
        String customerNumber = "10000001";
        long number = 1;
        return new InvoiceDocument(DocumentType.INVOICE, number, null, end.plusDays(1), end.plusDays(15), start, end,
                customerNumber, Kid.forInvoice(customerNumber, number).value(), properties.bankAccount(),
                properties.sellerParty(), new Party("Eksempel AS", "998877660", "Storgata 1", "0155", "Oslo", "NO", null),
                null, lines);
    }
}

package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Invoices as the monthly run would issue them: December 2026, dated 1 January, due 14 days later. */
final class InvoiceMother {

    static final Party SELLER = new Party("Fjordnett Mobil AS", "923609016", "Postboks 1234 Sentrum", "0106",
            "Oslo", "NO", "faktura@fjordnett.example");
    static final Party BUYER = new Party("Bølgen & Søn Rørlegger AS", "998877660", "Øvre Ålgård vei 12", "4330",
            "Ålgård", "NO", null);
    static final LocalDate PERIOD_START = LocalDate.of(2026, 12, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2026, 12, 31);
    static final String CUSTOMER_NUMBER = "10001234";
    static final long NUMBER = 2027001;

    private static final String[] FIRST_NAMES = {"Åse", "Øystein", "Kari", "Ola", "Ingrid", "Håkon", "Sigrid", "Bjørn"};
    private static final String[] LAST_NAMES = {"Nordmann", "Ødegård", "Berg", "Bråthen", "Lie", "Sæther", "Haugen"};

    private DocumentType type = DocumentType.INVOICE;
    private long number = NUMBER;
    private Long creditedNumber;
    private int subscriptions = 2;
    private boolean donation = true;

    static InvoiceMother invoice() {
        return new InvoiceMother();
    }

    static InvoiceMother creditNote() {
        InvoiceMother mother = new InvoiceMother();
        mother.type = DocumentType.CREDIT_NOTE;
        mother.number = NUMBER + 1;
        mother.creditedNumber = NUMBER;
        mother.subscriptions = 1;
        mother.donation = false;
        return mother;
    }

    InvoiceMother withSubscriptions(int count) {
        this.subscriptions = count;
        return this;
    }

    InvoiceMother withoutDonation() {
        this.donation = false;
        return this;
    }

    InvoiceDocument build() {
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < subscriptions; i++) {
            lines.addAll(type == DocumentType.CREDIT_NOTE ? creditedLines(i) : subscriptionLines(i));
        }
        if (type == DocumentType.INVOICE) {
            lines.add(new InvoiceLine(null, null, "Fakturagebyr", PERIOD_START, PERIOD_END,
                    BigDecimal.ONE, "stk", new BigDecimal("29.00"), 25, LineKind.OTHER));
        }
        return new InvoiceDocument(type, number, creditedNumber, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 15),
                PERIOD_START, PERIOD_END, CUSTOMER_NUMBER, Kid.forInvoice(CUSTOMER_NUMBER, number).value(),
                "12345678903", SELLER, BUYER, "Avdeling Ålgård", lines);
    }

    /** The i-th subscription's number: +4791234567, +4791234568, … */
    static String msisdn(int i) {
        return "+47" + (91234567 + i);
    }

    static String userName(int i) {
        return FIRST_NAMES[i % FIRST_NAMES.length] + " " + LAST_NAMES[i % LAST_NAMES.length];
    }

    private List<InvoiceLine> subscriptionLines(int i) {
        String msisdn = msisdn(i);
        String user = userName(i);
        LocalDate boughtOn = PERIOD_START.plusDays(i % 28);
        List<InvoiceLine> lines = new ArrayList<>(List.of(
                new InvoiceLine(msisdn, user, "Bedrift Fri 5 GB", PERIOD_START, PERIOD_END,
                        BigDecimal.ONE, "mnd", new BigDecimal("279.00"), 25, LineKind.SUBSCRIPTION_FEE),
                new InvoiceLine(msisdn, user, "Samtaler i Norge (inkludert)", PERIOD_START.plusDays(1), PERIOD_END.minusDays(1),
                        new BigDecimal("312"), "min", new BigDecimal("0.00"), 25, LineKind.USAGE),
                new InvoiceLine(msisdn, user, "Samtaler fra utlandet (sone 1)", PERIOD_START.plusDays(9), PERIOD_START.plusDays(12),
                        new BigDecimal("37.5"), "min", new BigDecimal("93.38"), 25, LineKind.USAGE),
                new InvoiceLine(msisdn, user, "Data utenfor pakken", PERIOD_START.plusDays(3), PERIOD_END,
                        new BigDecimal("1534.217"), "MB", new BigDecimal("153.42"), 25, LineKind.USAGE),
                new InvoiceLine(msisdn, user, "Ekstra datapakke 1 GB", boughtOn, PERIOD_END,
                        BigDecimal.ONE, "stk", new BigDecimal("79.00"), 25, LineKind.EXTRA_PACKAGE)));
        if (donation && i % 3 == 0) {
            lines.add(new InvoiceLine(msisdn, user, "Innsamlingsaksjon 2090 (gave, utenfor mva)", boughtOn, boughtOn,
                    BigDecimal.ONE, "stk", new BigDecimal("200.00"), 0, LineKind.CONTENT_SERVICE));
        }
        return lines;
    }

    private List<InvoiceLine> creditedLines(int i) {
        return List.of(new InvoiceLine(msisdn(i), userName(i), "Ekstra datapakke 1 GB (feilbestilt)", PERIOD_START.plusDays(5),
                PERIOD_END, BigDecimal.ONE, "stk", new BigDecimal("79.00"), 25, LineKind.EXTRA_PACKAGE));
    }

    static InvoiceLine line(String amountExclVat, int vatRate) {
        return new InvoiceLine("+4791234567", "Kari Berg", "Linje", PERIOD_START, PERIOD_END,
                BigDecimal.ONE, "stk", new BigDecimal(amountExclVat), vatRate, LineKind.OTHER);
    }
}

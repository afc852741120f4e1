package no.bedriftsportal.billing;

/**
 * The addresses of the invoice pages (F1, F2) and the htmx target of the list, shared by the
 * controller and the templates (the dashboard's card links here too).
 */
public final class InvoiceRoutes {

    public static final String LIST = "/invoices";

    /** The id of the list's result region: what an htmx filter request gets back and swaps. */
    public static final String RESULTS_ID = "invoice-results";

    private InvoiceRoutes() {
    }

    public static String invoice(long invoiceId) {
        return LIST + "/" + invoiceId;
    }

    public static String pdf(long invoiceId) {
        return invoice(invoiceId) + "/pdf";
    }

    public static String ehf(long invoiceId) {
        return invoice(invoiceId) + "/ehf";
    }
}

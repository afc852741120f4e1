package no.bedriftsportal.billing;

/**
 * The addresses of the invoice pages (F1, F2) and the htmx target of the list, shared by the
 * controller and the templates (the dashboard's card links here too).
 */
public final class InvoiceRoutes {

    public static final String LIST = "/invoices";

    /** The id of the list's result region: what an htmx filter request gets back and swaps. */
    public static final String RESULTS_ID = "invoice-results";

    /** The list as filtered (every page) as an Excel file; under {@link #LIST} so the invoices module's rule covers it. */
    public static final String EXCEL = LIST + "/export.xlsx";

    /** The list as filtered (every page) as a CSV file. */
    public static final String CSV = LIST + "/export.csv";

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

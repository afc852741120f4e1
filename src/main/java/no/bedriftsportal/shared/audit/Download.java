package no.bedriftsportal.shared.audit;

/** The files a user can download, each with its words {@code audit.download.<KIND>} (argument: the reference). */
public enum Download {
    INVOICE_PDF, INVOICE_EHF, INVOICE_LIST_EXCEL, INVOICE_LIST_CSV, DATA_EXCEL, WORLD_EXCEL, USERS_EXCEL, AUDIT_EXCEL,
    COSTSHARING_RESULTS_EXCEL, PAYROLL_FILE,
    /** Invoice control (#14.2): the scanned salary-deduction agreement of an employee. */
    SALARY_AGREEMENT,
    /** Invoice control's send log (#15.4): the company's SMS and e-mails as Excel; reference: the filter. */
    SEND_LOG_EXCEL,
    /** Reports (#16): a report as Excel, CSV or PDF; reference: the report, its period and its query. */
    REPORT_EXCEL, REPORT_CSV, REPORT_PDF,
    /** Equipment (#17): the register as Excel or CSV in the import's columns; reference: the filter. */
    EQUIPMENT_EXCEL, EQUIPMENT_CSV,
    /** Savings advice (#18.1): the advice list as Excel or CSV; reference: the filter. */
    ADVICE_EXCEL, ADVICE_CSV
}

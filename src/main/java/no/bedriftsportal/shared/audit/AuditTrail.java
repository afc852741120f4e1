package no.bedriftsportal.shared.audit;

/**
 * The audit trail as every module sees it (S3, DOMAIN-RULES "Privacy"): one call per download and
 * per opening of another person's detail. The signed-in user (who), the time by the application
 * clock (when) and the client address (from where) are taken by the implementation from the
 * request; the caller says only what and whose.
 *
 * <p>The identity module implements it and writes the entry in its own transaction before the
 * caller answers: when writing fails, the answer fails too, so no download goes unlogged. A module
 * that adds a file adds a {@link Download} kind and its words ({@code audit.download.<KIND>}).
 */
public interface AuditTrail {

    /**
     * The signed-in user downloaded a file.
     *
     * @param reference what the file is of, as the words show it: an invoice number, a month, a period
     */
    void downloaded(Download kind, String reference);

    /**
     * The signed-in user opened another person's detail.
     *
     * @param msisdn the person's mobile number (E.164); the words show it masked
     * @param name   the person's name, or null when not known
     */
    void viewedPerson(PersonView view, String msisdn, String name);

    /**
     * The signed-in user (or API token) made a change of consequence.
     *
     * @param reference what was changed, as the words show it: a profile's name and version
     */
    void changed(Change change, String reference);
}

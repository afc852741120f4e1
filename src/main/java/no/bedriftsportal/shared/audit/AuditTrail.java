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
     * The signed-in user (or API token) made a change of consequence. Unlike a download, the entry is
     * written in the caller's transaction, when there is one: it stands exactly when the change does.
     *
     * @param variant   a suffix of the words' key (e.g. {@code WORK}), or null
     * @param arguments the words' arguments, e.g. a profile's name and version
     */
    void changed(Change change, String variant, java.util.List<?> arguments);

    /** A change described by one reference, e.g. a profile's name and version. */
    default void changed(Change change, String reference) {
        changed(change, null, java.util.List.of(reference));
    }

    /**
     * Something of consequence the portal did for a company on its own, with nobody signed in (a
     * scheduled report sent, #16.8): recorded in the caller's transaction with the actor
     * {@code schedule:<job>}, so it stands exactly when the work does.
     *
     * @param job      what did it, as the log names it: {@code report-schedule:42}
     * @param jobName  its name in words: the saved report's name
     */
    void changedBySchedule(long companyId, String job, String jobName, Change change, java.util.List<?> arguments);
}

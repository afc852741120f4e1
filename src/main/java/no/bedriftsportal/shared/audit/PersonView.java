package no.bedriftsportal.shared.audit;

/** The views of another person's detail, each with its words {@code audit.view.<VIEW>} (arguments: name, masked number). */
public enum PersonView {
    /** The dashboard's user panel (D6, D7). */
    USER_PANEL,
    /** A user's data package and extra packages in the data card (D5). */
    DATA_PANEL
}

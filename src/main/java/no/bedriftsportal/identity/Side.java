package no.bedriftsportal.identity;

/**
 * Which of a person's two ways into the portal a session is on: the company's administration
 * (their portal access, {@link Role}) or their own page as an employee ("Min side", #15). A person
 * with both switches between them without logging in again.
 */
public enum Side {
    ADMINISTRATOR, EMPLOYEE
}

package no.bedriftsportal.insights;

/** Where an alert stands on the alerts page: new, seen by someone, or closed (dealt with). */
public enum AlertState { NEW, SEEN, CLOSED }

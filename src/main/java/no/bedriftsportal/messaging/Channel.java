package no.bedriftsportal.messaging;

/** How a message leaves: as an SMS or as an e-mail. */
public enum Channel {
    SMS, EMAIL
}

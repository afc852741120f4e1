package no.bedriftsportal.messaging;

/** Where an SMS leaves the system. Throws when the gateway did not accept the message. */
interface SmsGateway {

    void send(String to, String text);
}

package no.bedriftsportal.usage;

/** The {@code type} column of a call detail record. */
public enum CdrType {
    VOICE, SMS, MMS, DATA, CONTENT;

    boolean isCallOrMessage() {
        return this == VOICE || this == SMS || this == MMS;
    }
}

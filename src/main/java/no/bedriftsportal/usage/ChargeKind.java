package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.Zone;

/**
 * What a rated piece is on an invoice: the kind of traffic, and whether it went abroad, was
 * received, or used a package. Roaming kinds are in Z1–Z3; in Norway and the EU/EEA the plain
 * kinds apply (roam like at home).
 */
public enum ChargeKind {
    CALL, CALL_RECEIVED, CALL_INTERNATIONAL, CALL_ROAMING, CALL_ROAMING_RECEIVED, DIRECTORY,
    SMS, SMS_RECEIVED, SMS_INTERNATIONAL, SMS_ROAMING,
    MMS, MMS_RECEIVED, MMS_INTERNATIONAL, MMS_ROAMING,
    DATA_PACKAGE, DATA_EXTRA_PACKAGE, DATA_OUTSIDE, DATA_BLOCKED, DATA_ROAMING,
    CONTENT;

    static ChargeKind of(RatedEvent event) {
        boolean roaming = event.zone() == Zone.Z1 || event.zone() == Zone.Z2 || event.zone() == Zone.Z3;
        return switch (event.type()) {
            case CONTENT -> CONTENT;
            case DATA -> roaming ? DATA_ROAMING : switch (event.dataBucket()) {
                case PACKAGE -> DATA_PACKAGE;
                case EXTRA_PACKAGE -> DATA_EXTRA_PACKAGE;
                case OUTSIDE_PACKAGE -> DATA_OUTSIDE;
                case BLOCKED -> DATA_BLOCKED;
            };
            case VOICE -> event.contentService() ? DIRECTORY
                    : traffic(event, roaming, CALL, CALL_RECEIVED, CALL_INTERNATIONAL, CALL_ROAMING, CALL_ROAMING_RECEIVED);
            case SMS -> traffic(event, roaming, SMS, SMS_RECEIVED, SMS_INTERNATIONAL, SMS_ROAMING, SMS_RECEIVED);
            case MMS -> traffic(event, roaming, MMS, MMS_RECEIVED, MMS_INTERNATIONAL, MMS_ROAMING, MMS_RECEIVED);
        };
    }

    private static ChargeKind traffic(RatedEvent event, boolean roaming, ChargeKind made, ChargeKind received,
            ChargeKind international, ChargeKind roamingMade, ChargeKind roamingReceived) {
        boolean mobileTerminated = event.direction() == Direction.MT;
        if (roaming) {
            return mobileTerminated ? roamingReceived : roamingMade;
        }
        if (mobileTerminated) {
            return received;
        }
        return event.destinationCountry() != null ? international : made;
    }
}

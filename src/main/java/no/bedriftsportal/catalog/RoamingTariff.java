package no.bedriftsportal.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/** A row of the catalogue's {@code roaming_tariff} table: prices while visiting a zone outside the EU/EEA. */
public record RoamingTariff(Zone zone, BigDecimal callMadeMinute, BigDecimal callReceivedMinute,
                            BigDecimal smsSent, BigDecimal mmsSent, BigDecimal dataMb) {

    public RoamingTariff {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(callMadeMinute, "callMadeMinute");
        Objects.requireNonNull(callReceivedMinute, "callReceivedMinute");
        Objects.requireNonNull(smsSent, "smsSent");
        Objects.requireNonNull(mmsSent, "mmsSent");
        Objects.requireNonNull(dataMb, "dataMb");
    }
}

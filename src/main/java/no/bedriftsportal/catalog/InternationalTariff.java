package no.bedriftsportal.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/** A row of the catalogue's {@code international_tariff} table: from Norway or the EU to a foreign number. */
public record InternationalTariff(Zone zone, BigDecimal callMinute, BigDecimal sms, BigDecimal mms) {

    public InternationalTariff {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(callMinute, "callMinute");
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(mms, "mms");
    }
}

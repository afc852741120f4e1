package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.InternationalTariff;
import no.bedriftsportal.catalog.NumberKind;
import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.catalog.RoamingTariff;
import no.bedriftsportal.catalog.TariffCode;
import no.bedriftsportal.catalog.Tariffs;
import no.bedriftsportal.catalog.Zone;

import java.math.BigDecimal;

/**
 * Prices a VOICE, SMS or MMS record (CATALOG.md: "Domestic traffic outside fixed price",
 * "Zones", the roaming and foreign-number tables). The plan is known to allow calls and messages.
 */
final class RateCallsAndMessages {

    private final Tariffs tariffs;

    RateCallsAndMessages(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    Charge rate(ParsedCdr cdr, PricePlan plan, Zone visited, OtherParty party) {
        String destinationCountry = party.isForeign() ? party.country() : null;
        if (!visited.isPricedAsHome()) {
            // Roaming in Z1–Z3 has one price list, whatever the plan and the number
            return Charge.callOrMessage(Category.ABROAD, roaming(cdr, tariffs.roamingTariff(visited)), false,
                    destinationCountry);
        }
        boolean abroad = visited != Zone.NO || party.isForeign();
        if (cdr.direction() == Direction.MT) {
            // Received in Norway is free, and roam like at home carries that to the EU/EEA
            return Charge.callOrMessage(Category.of(abroad, plan.fixedPrice()), Money.ZERO, false, destinationCountry);
        }
        if (party.isForeign()) {
            return Charge.callOrMessage(Category.ABROAD, toForeignNumber(cdr, tariffs.internationalTariff(party.zone())),
                    false, destinationCountry);
        }
        if (cdr.type() == CdrType.VOICE && party.kind() == NumberKind.FREEPHONE) {
            BigDecimal amount = Money.perMinute(tariffs.price(TariffCode.FREEPHONE_MINUTE), cdr.durationSeconds());
            return Charge.callOrMessage(Category.of(abroad, plan.fixedPrice()), amount, party.contentService(), null);
        }
        if (cdr.type() == CdrType.VOICE && party.kind() == NumberKind.DIRECTORY) {
            // Directory enquiries are outside fixed price on every plan
            BigDecimal amount = Money.startFeePlusPerMinute(tariffs.price(TariffCode.DIRECTORY_CALL_START),
                    tariffs.price(TariffCode.DIRECTORY_CALL_MINUTE), cdr.durationSeconds());
            return Charge.callOrMessage(Category.of(abroad, false), amount, party.contentService(), null);
        }
        // A Norwegian number or a 4- or 5-digit number ("priced like a call to a mobile number").
        // A message to an 800 or 18xx number lands here too: what a service charges for it
        // arrives as a CONTENT record of its own.
        boolean contentService = cdr.type() == CdrType.VOICE && party.contentService();
        if (plan.fixedPrice()) {
            return Charge.callOrMessage(Category.of(abroad, true), Money.ZERO, contentService, null);
        }
        return Charge.callOrMessage(Category.of(abroad, false), domestic(cdr), contentService, null);
    }

    private static BigDecimal roaming(ParsedCdr cdr, RoamingTariff tariff) {
        boolean made = cdr.direction() == Direction.MO;
        return switch (cdr.type()) {
            case VOICE -> Money.perMinute(made ? tariff.callMadeMinute() : tariff.callReceivedMinute(),
                    cdr.durationSeconds());
            // Messages received abroad are free
            case SMS -> made ? Money.each(tariff.smsSent()) : Money.ZERO;
            case MMS -> made ? Money.each(tariff.mmsSent()) : Money.ZERO;
            case DATA, CONTENT -> throw notCallOrMessage(cdr);
        };
    }

    private static BigDecimal toForeignNumber(ParsedCdr cdr, InternationalTariff tariff) {
        return switch (cdr.type()) {
            case VOICE -> Money.perMinute(tariff.callMinute(), cdr.durationSeconds());
            case SMS -> Money.each(tariff.sms());
            case MMS -> Money.each(tariff.mms());
            case DATA, CONTENT -> throw notCallOrMessage(cdr);
        };
    }

    private BigDecimal domestic(ParsedCdr cdr) {
        return switch (cdr.type()) {
            case VOICE -> Money.perMinute(tariffs.price(TariffCode.DOMESTIC_CALL_MINUTE), cdr.durationSeconds());
            case SMS -> Money.each(tariffs.price(TariffCode.DOMESTIC_SMS));
            case MMS -> Money.each(tariffs.price(TariffCode.DOMESTIC_MMS));
            case DATA, CONTENT -> throw notCallOrMessage(cdr);
        };
    }

    private static IllegalArgumentException notCallOrMessage(ParsedCdr cdr) {
        return new IllegalArgumentException("not a call or message: " + cdr.type() + " " + cdr.cdrId());
    }
}

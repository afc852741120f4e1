package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.catalog.Tariffs;
import no.bedriftsportal.catalog.Zone;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rates one parsed call detail record against the catalogue (CATALOG.md): the one place that
 * turns usage into money. Records must be fed in arrival order, because data consumes the
 * month's packages in that order.
 */
public final class RateUsage {

    private final Tariffs tariffs;
    private final RateCallsAndMessages callsAndMessages;
    private final RateData data;

    public RateUsage(Tariffs tariffs) {
        this.tariffs = tariffs;
        this.callsAndMessages = new RateCallsAndMessages(tariffs);
        this.data = new RateData(tariffs);
    }

    /**
     * @param terms     the subscription's terms in effect at the record's start time
     * @param allowance the subscription's allowance for the record's {@link UsageMonth}; used, and
     *                  updated, by DATA records only (may be null for the others)
     * @throws IllegalArgumentException when the terms name an unknown plan or extra package, or the
     *                                  allowance is for another month: the caller's mistakes, not the file's
     */
    public RatingResult rate(ParsedCdr cdr, RatingTerms terms, DataAllowance allowance) {
        PricePlan plan = tariffs.plan(terms.planCode());
        Optional<Zone> visited = tariffs.zoneOf(cdr.visitedCountry());
        if (visited.isEmpty()) {
            return new RatingResult.Rejected(
                    "visited_country is not in the country table, was " + CdrFields.shown(cdr.visitedCountry()));
        }
        Zone zone = visited.get();
        YearMonth month = UsageMonth.of(cdr.startTime());
        return switch (cdr.type()) {
            case VOICE, SMS, MMS -> rateCallOrMessage(cdr, terms, plan, zone, month);
            case DATA -> rateData(cdr, terms, plan, zone, month, allowance);
            case CONTENT -> rated(cdr, terms, zone, month, List.of(content(cdr, zone)));
        };
    }

    private RatingResult rateCallOrMessage(ParsedCdr cdr, RatingTerms terms, PricePlan plan, Zone zone,
                                           YearMonth month) {
        if (!plan.voiceAndMessaging()) {
            return new RatingResult.Rejected("plan " + plan.code() + " has no calls or messages");
        }
        Optional<OtherParty> party = OtherParty.classify(cdr.otherParty(), tariffs);
        if (party.isEmpty()) {
            return new RatingResult.Rejected(
                    "other_party country not recognised, was " + CdrFields.shown(cdr.otherParty()));
        }
        return rated(cdr, terms, zone, month, List.of(callsAndMessages.rate(cdr, plan, zone, party.get())));
    }

    private RatingResult rateData(ParsedCdr cdr, RatingTerms terms, PricePlan plan, Zone zone, YearMonth month,
                                  DataAllowance allowance) {
        if (allowance == null || !allowance.month().equals(month)) {
            throw new IllegalArgumentException("record " + cdr.cdrId() + " is in " + month + ", the allowance is for "
                    + (allowance == null ? "no month" : allowance.month()));
        }
        RateData.Outcome outcome = data.rate(cdr, terms, plan, zone, allowance);
        return new RatingResult.Rated(events(cdr, terms, zone, month, outcome.charges()),
                outcome.extraPackagesBought(), outcome.dataBlocked());
    }

    /** Content services are billed as they come, on every plan, at the provider's price and VAT rate. */
    private static Charge content(ParsedCdr cdr, Zone zone) {
        return Charge.content(Category.of(zone != Zone.NO, false), Money.each(cdr.amount()), cdr.vatRate());
    }

    private static RatingResult rated(ParsedCdr cdr, RatingTerms terms, Zone zone, YearMonth month,
                                      List<Charge> charges) {
        return new RatingResult.Rated(events(cdr, terms, zone, month, charges), List.of(), Optional.empty());
    }

    private static List<RatedEvent> events(ParsedCdr cdr, RatingTerms terms, Zone zone, YearMonth month,
                                           List<Charge> charges) {
        List<RatedEvent> events = new ArrayList<>(charges.size());
        for (Charge charge : charges) {
            events.add(charge.toEvent(cdr, terms.subscriptionId(), month, zone, events.size()));
        }
        return events;
    }
}

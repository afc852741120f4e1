package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.Zone;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A priced piece of a record, before it is dressed with the record's own fields as a {@link RatedEvent}. */
record Charge(Category category, DataBucket dataBucket, CostGroup costGroup, long bytes, BigDecimal amount,
              int vatRate, boolean contentService, String destinationCountry) {

    /** VAT on electronic communication services (DOMAIN-RULES.md, "Money"); content services carry their own. */
    static final int STANDARD_VAT_RATE = 25;

    /** A call or message; content services (directory enquiries) count as Other, the rest as Traffic. */
    static Charge callOrMessage(Category category, BigDecimal amount, boolean contentService, String destinationCountry) {
        CostGroup costGroup = contentService ? CostGroup.OTHER : CostGroup.TRAFFIC;
        return new Charge(category, null, costGroup, 0, amount, STANDARD_VAT_RATE, contentService, destinationCountry);
    }

    static Charge data(DataBucket bucket, Category category, long bytes, BigDecimal amount) {
        return new Charge(category, bucket, CostGroup.DATA, bytes, amount, STANDARD_VAT_RATE, false, null);
    }

    static Charge content(Category category, BigDecimal amount, int vatRate) {
        return new Charge(category, null, CostGroup.OTHER, 0, amount, vatRate, true, null);
    }

    RatedEvent toEvent(ParsedCdr cdr, long subscriptionId, YearMonth month, Zone zone, int pieceNo) {
        return new RatedEvent(cdr.cdrId(), pieceNo, subscriptionId, cdr.startTime(), month, cdr.type(),
                cdr.direction(), category, dataBucket, costGroup, zone, cdr.visitedCountry(), destinationCountry,
                cdr.otherParty(), cdr.durationSeconds(), bytes, cdr.type() == CdrType.DATA ? 0 : 1, amount, vatRate,
                contentService, cdr.provider(), cdr.description());
    }
}

package no.bedriftsportal.usage;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Parsed records for rating tests: {@code CdrMother.voice(MO, "22334455", 125).visiting("SE").build()}. */
final class CdrMother {

    static final String MSISDN = "+4791234567";
    static final String OCTOBER_MORNING = "2026-10-03T08:15:00+02:00";

    private CdrMother() {
    }

    static Builder voice(Direction direction, String otherParty, long seconds) {
        return new Builder(CdrType.VOICE).direction(direction).otherParty(otherParty).seconds(seconds);
    }

    static Builder sms(Direction direction, String otherParty) {
        return new Builder(CdrType.SMS).direction(direction).otherParty(otherParty);
    }

    static Builder mms(Direction direction, String otherParty) {
        return new Builder(CdrType.MMS).direction(direction).otherParty(otherParty);
    }

    static Builder callOrMessage(CdrType type, Direction direction, String otherParty, long seconds) {
        return new Builder(type).direction(direction).otherParty(otherParty)
                .seconds(type == CdrType.VOICE ? seconds : 0);
    }

    static Builder data(long bytes) {
        return new Builder(CdrType.DATA).bytes(bytes);
    }

    static Builder content(String shortCode, String amount, int vatRate) {
        return new Builder(CdrType.CONTENT).otherParty(shortCode).amount(new BigDecimal(amount)).vatRate(vatRate)
                .provider("EasyPark").description("parkering");
    }

    static final class Builder {
        private static int nextId = 1;

        private final CdrType type;
        private String cdrId = "t-" + nextId++;
        private OffsetDateTime startTime = OffsetDateTime.parse(OCTOBER_MORNING);
        private Direction direction;
        private String otherParty;
        private String visitedCountry = "NO";
        private long seconds;
        private long bytes;
        private BigDecimal amount;
        private Integer vatRate;
        private String provider;
        private String description;

        private Builder(CdrType type) {
            this.type = type;
        }

        Builder id(String cdrId) {
            this.cdrId = cdrId;
            return this;
        }

        Builder at(String isoWithOffset) {
            this.startTime = OffsetDateTime.parse(isoWithOffset);
            return this;
        }

        Builder visiting(String country) {
            this.visitedCountry = country;
            return this;
        }

        Builder direction(Direction direction) {
            this.direction = direction;
            return this;
        }

        Builder otherParty(String otherParty) {
            this.otherParty = otherParty;
            return this;
        }

        Builder seconds(long seconds) {
            this.seconds = seconds;
            return this;
        }

        Builder bytes(long bytes) {
            this.bytes = bytes;
            return this;
        }

        Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        Builder vatRate(int vatRate) {
            this.vatRate = vatRate;
            return this;
        }

        Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        Builder description(String description) {
            this.description = description;
            return this;
        }

        ParsedCdr build() {
            return new ParsedCdr(2, cdrId, MSISDN, type, startTime.toInstant(), startTime.getOffset(), direction,
                    otherParty, visitedCountry, seconds, bytes, amount, vatRate, provider, description);
        }
    }
}

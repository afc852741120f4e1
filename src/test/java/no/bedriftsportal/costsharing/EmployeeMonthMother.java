package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import no.bedriftsportal.costsharing.EmployeeMonth.ContentPurchase;
import no.bedriftsportal.costsharing.EmployeeMonth.ExtraBought;
import no.bedriftsportal.costsharing.EmployeeMonth.Piece;
import no.bedriftsportal.costsharing.EmployeeMonth.ProfileInForce;
import no.bedriftsportal.costsharing.EmployeeMonth.SubscriptionMonth;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.usage.Payer;

/** Builds engine input for the tests: amounts as strings, times in Oslo wall-clock time. */
final class EmployeeMonthMother {

    static final BigDecimal THRESHOLD = new BigDecimal("1000.00");
    static final ProfileInForce PRIVATE_USE = new ProfileInForce(1, 1, "Privat bruk betales selv",
            ProfileRules.privateUse());
    static final ProfileInForce STANDARD = new ProfileInForce(2, 1, "Standard", ProfileRules.standard());

    private static int cdr;
    private static long purchase;

    private EmployeeMonthMother() {
    }

    static BigDecimal nok(String amount) {
        return new BigDecimal(amount);
    }

    /** Oslo wall-clock time, e.g. {@code 2026-03-03T10:00}. */
    static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Oslo.ZONE).toInstant();
    }

    static ProfileInForce profile(long id, int version, String name, ContentRule content, Set<TrafficRule> traffic,
            String maximum, String free) {
        return new ProfileInForce(id, version, name, new ProfileRules(content, false, null, null, true, false, traffic,
                maximum == null ? null : nok(maximum), nok(free)));
    }

    static Piece piece(String start, String type, String category, String bucket, String ex, int vatRate) {
        cdr++;
        return new Piece("cdr-" + cdr, 1, oslo(start), type, category, bucket, nok(ex), vatRate, type + " " + cdr);
    }

    static ExtraBought extra(String code, Payer payer, String ex) {
        purchase++;
        return new ExtraBought(purchase, code, oslo("2026-03-20T12:00"), payer, nok(ex));
    }

    static ContentPurchase content(long subscriptionId, ProfileInForce profile, String start, String gross,
            Classification classification) {
        cdr++;
        return new ContentPurchase(subscriptionId, "cdr-" + cdr, 1, oslo(start), "SMS til 2160 " + cdr, nok(gross),
                classification, profile);
    }

    static SubscriptionMonth subscription(long id, ProfileInForce profile, List<Piece> pieces, String feeGross,
            List<ExtraBought> extras) {
        return new SubscriptionMonth(id, "9xx xx x" + id, profile, pieces, nok(feeGross), extras);
    }

    /** A month builder with the defaults of the worked example: March 2026, an agreement, Y = 0, office hours. */
    static Builder month() {
        return new Builder();
    }

    static final class Builder {
        private YearMonth month = YearMonth.of(2026, 3);
        private boolean agreement = true;
        private BigDecimal earlier = nok("0.00");
        private Classification unclassifiedAs = Classification.PRIVATE;
        private WorkingHours workingHours = WorkingHours.officeHours();
        private final List<SubscriptionMonth> subscriptions = new ArrayList<>();
        private final List<ContentPurchase> purchases = new ArrayList<>();
        private final List<ResultLine> corrections = new ArrayList<>();

        Builder month(YearMonth value) {
            month = value;
            return this;
        }

        Builder agreement(boolean value) {
            agreement = value;
            return this;
        }

        Builder earlierInYear(String value) {
            earlier = nok(value);
            return this;
        }

        Builder unclassifiedAs(Classification value) {
            unclassifiedAs = value;
            return this;
        }

        Builder workingHours(WorkingHours value) {
            workingHours = value;
            return this;
        }

        Builder subscription(SubscriptionMonth value) {
            subscriptions.add(value);
            return this;
        }

        Builder content(ContentPurchase value) {
            purchases.add(value);
            return this;
        }

        Builder correction(ResultLine value) {
            corrections.add(value);
            return this;
        }

        EmployeeMonth build() {
            return new EmployeeMonth(7, month, agreement, earlier, THRESHOLD, unclassifiedAs, workingHours,
                    subscriptions, purchases, corrections);
        }

        EmployeeMonthResult compute() {
            return EmployeeMonthCalculator.compute(build());
        }
    }
}

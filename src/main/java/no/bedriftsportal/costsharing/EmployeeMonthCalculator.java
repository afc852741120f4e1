package no.bedriftsportal.costsharing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bedriftsportal.costsharing.EmployeeMonth.ContentPurchase;
import no.bedriftsportal.costsharing.EmployeeMonth.ExtraBought;
import no.bedriftsportal.costsharing.EmployeeMonth.Piece;
import no.bedriftsportal.costsharing.EmployeeMonth.ProfileInForce;
import no.bedriftsportal.costsharing.EmployeeMonth.SubscriptionMonth;
import no.bedriftsportal.costsharing.ResultLine.EventRef;
import no.bedriftsportal.costsharing.ResultLine.Kind;
import no.bedriftsportal.costsharing.ResultLine.Treatment;
import no.bedriftsportal.usage.Payer;

/**
 * The computation of COST-SHARING.md for one employee and usage month, as a pure function: the
 * same {@link EmployeeMonth} always gives the same {@link EmployeeMonthResult}, to the øre.
 *
 * <p>Lines come in this order: per subscription (as given) its traffic lines (one per traffic rule,
 * in the order {@link #TRAFFIC_ORDER}), the maximum, the free amount and the extra packages paid by
 * salary; then the content lines (one per profile version, in the order its first private purchase
 * came); then the corrections as given. A line of amount zero is left out (corrections excepted).
 * Lines are {@code DEDUCTION}, or {@code NOT_DEDUCTED} without an agreement; content under
 * {@code BENEFIT} (and, without an agreement, the fallback of {@code DEDUCT_*}) is {@code BENEFIT}. When
 * credits make a subscription's {@code T1 + T2} negative, its traffic lines are kept as {@code INFO}
 * (its traffic deduction is {@code max(0, …) = 0}).
 */
final class EmployeeMonthCalculator {

    /** A piece counts on the first rule switched on that it matches, in this order. */
    static final List<TrafficRule> TRAFFIC_ORDER = List.of(TrafficRule.ABROAD, TrafficRule.DATA_WITHOUT_PACKAGE,
            TrafficRule.OUTSIDE_FIXED_PRICE, TrafficRule.OUTSIDE_WORKING_HOURS);

    static final String MAXIMUM = "MAXIMUM";
    static final String FREE_AMOUNT = "FREE_AMOUNT";

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final Comparator<ContentPurchase> TIME_ORDER = Comparator.comparing(ContentPurchase::startTime)
            .thenComparing(ContentPurchase::cdrId).thenComparingInt(ContentPurchase::piece);

    private EmployeeMonthCalculator() {
    }

    static EmployeeMonthResult compute(EmployeeMonth month) {
        List<ResultLine> lines = new ArrayList<>();
        Treatment deduction = month.agreement() ? Treatment.DEDUCTION : Treatment.NOT_DEDUCTED;
        for (SubscriptionMonth subscription : month.subscriptions()) {
            subscriptionLines(subscription, month.workingHours(), deduction, lines);
        }
        contentLines(month, deduction, lines);
        lines.addAll(month.corrections());
        return new EmployeeMonthResult(total(lines, Treatment.DEDUCTION), total(lines, Treatment.BENEFIT),
                total(lines, Treatment.NOT_DEDUCTED), lines);
    }

    /** Steps 1–4 for one subscription. */
    private static void subscriptionLines(SubscriptionMonth subscription, WorkingHours workingHours, Treatment deduction,
            List<ResultLine> lines) {
        ProfileInForce profile = subscription.profile();
        ProfileRules rules = profile.rules();

        Map<TrafficRule, List<Piece>> byRule = new LinkedHashMap<>();
        List<Piece> notTraffic = new ArrayList<>();
        for (Piece piece : subscription.pieces()) {
            TrafficRule rule = firstRule(piece, rules, workingHours);
            if (rule == null) {
                notTraffic.add(piece);
            } else {
                byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(piece);
            }
        }

        BigDecimal t1 = ZERO;
        List<ResultLine> traffic = new ArrayList<>();
        for (TrafficRule rule : TRAFFIC_ORDER) {
            List<Piece> pieces = byRule.get(rule);
            if (pieces == null) {
                continue;
            }
            BigDecimal amount = grossOf(pieces);
            t1 = t1.add(amount);
            add(traffic, line(Kind.TRAFFIC, deduction, subscription, rule.name(), amount, events(pieces)));
        }

        BigDecimal t2 = ZERO;
        if (rules.monthlyMaximum() != null) {
            BigDecimal onInvoice = subscription.feeGross().setScale(2, RoundingMode.HALF_UP)
                    .add(grossOf(subscription.pieces()));
            for (ExtraBought extra : subscription.extras()) {
                if (extra.payer() == Payer.COMPANY) {
                    onInvoice = onInvoice.add(extra.gross());
                }
            }
            t2 = onInvoice.subtract(t1).subtract(rules.monthlyMaximum()).max(ZERO).setScale(2, RoundingMode.HALF_UP);
            add(traffic, line(Kind.MAXIMUM, deduction, subscription, MAXIMUM, t2, events(notTraffic)));
        }

        BigDecimal sum = t1.add(t2);
        if (sum.signum() < 0) {
            // credits outweigh the traffic: the deduction is max(0, T1 + T2 − free) = 0, the lines stay for the record
            traffic.forEach(l -> lines.add(withTreatment(l, Treatment.INFO)));
        } else {
            lines.addAll(traffic);
            add(lines, line(Kind.FREE_AMOUNT, deduction, subscription, FREE_AMOUNT,
                    rules.freeAmount().min(sum).negate(), List.of()));
        }

        for (ExtraBought extra : subscription.extras()) {
            if (extra.payer() == Payer.SALARY) {
                add(lines, line(Kind.EXTRA_PACKAGE, deduction, subscription, extra.code(), extra.gross(), List.of()));
            }
        }
    }

    /** The first traffic rule switched on that the piece matches, or null. */
    static TrafficRule firstRule(Piece piece, ProfileRules rules, WorkingHours workingHours) {
        for (TrafficRule rule : TRAFFIC_ORDER) {
            if (rules.pays(rule) && matches(rule, piece, workingHours)) {
                return rule;
            }
        }
        return null;
    }

    static boolean matches(TrafficRule rule, Piece piece, WorkingHours workingHours) {
        return switch (rule) {
            case ABROAD -> "abroad".equals(piece.category());
            case DATA_WITHOUT_PACKAGE -> "outside_package".equals(piece.dataBucket()) && !"abroad".equals(piece.category());
            case OUTSIDE_FIXED_PRICE -> "outside_fixed_price".equals(piece.category());
            case OUTSIDE_WORKING_HOURS -> piece.amount().signum() != 0 && !workingHours.isInside(piece.startTime());
        };
    }

    /**
     * Step 5 (and 6 for content): the private purchases in time order, the above-threshold part
     * counted purchase by purchase from the running yearly sum Y, one line per profile version.
     */
    private static void contentLines(EmployeeMonth month, Treatment deduction, List<ResultLine> lines) {
        List<ContentPurchase> purchases = new ArrayList<>(month.contentPurchases());
        purchases.sort(TIME_ORDER);
        BigDecimal threshold = month.yearlyThreshold();
        BigDecimal earlier = month.privateEarlierInYear();
        Map<ProfileInForce, ContentGroup> groups = new LinkedHashMap<>();
        for (ContentPurchase purchase : purchases) {
            Classification classification = purchase.classification() == null ? month.unclassifiedAs()
                    : purchase.classification();
            if (classification != Classification.PRIVATE) {
                continue;
            }
            BigDecimal after = earlier.add(purchase.gross());
            BigDecimal above = after.subtract(threshold).max(BigDecimal.ZERO)
                    .subtract(earlier.subtract(threshold).max(BigDecimal.ZERO));
            earlier = after;
            groups.computeIfAbsent(purchase.profile(), p -> new ContentGroup()).add(purchase, above);
        }
        for (Map.Entry<ProfileInForce, ContentGroup> entry : groups.entrySet()) {
            ProfileInForce profile = entry.getKey();
            ContentGroup group = entry.getValue();
            ContentRule rule = profile.rules().content();
            String code = rule.name();
            switch (rule) {
                case BENEFIT -> add(lines, contentLine(Treatment.BENEFIT, profile, code, group.above, group.events));
                case DEDUCT_ABOVE_THRESHOLD -> add(lines, contentLine(deduction, profile, code, group.above, group.events));
                case DEDUCT_ALL_PRIVATE -> add(lines, contentLine(deduction, profile, code, group.all, group.events));
            }
            if (deduction == Treatment.NOT_DEDUCTED && rule != ContentRule.BENEFIT) {
                // no agreement: the law still taxes the part above the threshold
                add(lines, contentLine(Treatment.BENEFIT, profile, code, group.above, group.events));
            }
        }
    }

    /** The private purchases of one profile version: P, the above-threshold part A, and the events. */
    private static final class ContentGroup {
        BigDecimal all = ZERO;
        BigDecimal above = ZERO;
        final List<EventRef> events = new ArrayList<>();

        void add(ContentPurchase purchase, BigDecimal aboveThreshold) {
            all = all.add(purchase.gross());
            above = above.add(aboveThreshold);
            events.add(new EventRef(purchase.cdrId(), purchase.piece(), purchase.startTime(), purchase.description(),
                    purchase.gross()));
        }
    }

    private static ResultLine line(Kind kind, Treatment treatment, SubscriptionMonth subscription, String rule,
            BigDecimal amount, List<EventRef> events) {
        return new ResultLine(kind, treatment, subscription.subscriptionId(), subscription.maskedMsisdn(),
                subscription.profile(), rule, amount.setScale(2, RoundingMode.HALF_UP), null, events);
    }

    private static ResultLine contentLine(Treatment treatment, ProfileInForce profile, String rule, BigDecimal amount,
            List<EventRef> events) {
        return new ResultLine(Kind.CONTENT, treatment, null, null, profile, rule,
                amount.setScale(2, RoundingMode.HALF_UP), null, events);
    }

    private static ResultLine withTreatment(ResultLine line, Treatment treatment) {
        return new ResultLine(line.kind(), treatment, line.subscriptionId(), line.maskedMsisdn(), line.profile(),
                line.rule(), line.amount(), line.correctsMonth(), line.events());
    }

    /** Adds the line unless its amount is zero. */
    private static void add(List<ResultLine> lines, ResultLine line) {
        if (line.amount().signum() != 0) {
            lines.add(line);
        }
    }

    private static BigDecimal grossOf(List<Piece> pieces) {
        BigDecimal sum = ZERO;
        for (Piece piece : pieces) {
            sum = sum.add(piece.gross());
        }
        return sum;
    }

    private static List<EventRef> events(List<Piece> pieces) {
        return pieces.stream()
                .map(p -> new EventRef(p.cdrId(), p.piece(), p.startTime(), p.description(), p.gross()))
                .toList();
    }

    private static BigDecimal total(List<ResultLine> lines, Treatment treatment) {
        BigDecimal sum = ZERO;
        for (ResultLine line : lines) {
            if (line.treatment() == treatment) {
                sum = sum.add(line.amount());
            }
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }
}

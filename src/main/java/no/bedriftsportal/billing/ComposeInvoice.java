package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.catalog.Units;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.SubscriptionTerms;
import no.bedriftsportal.subscription.TermChange;
import no.bedriftsportal.usage.ChargeKind;
import no.bedriftsportal.usage.ExtraPackagePurchase;
import no.bedriftsportal.usage.Payer;
import no.bedriftsportal.usage.UsageChargeRow;

/**
 * The lines of one customer number's invoice for a month (CATALOG.md "Invoices", SPEC F2), per
 * subscription: the monthly fee for the days active under each plan (pro rata), the usage not
 * invoiced before grouped by kind (included traffic at 0.00), extra packages the company pays,
 * and content services with their own VAT rate. Pure: everything it needs is handed in.
 */
final class ComposeInvoice {

    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(Units.SECONDS_PER_MINUTE);
    private static final BigDecimal BYTES_PER_MB = BigDecimal.valueOf(Units.BYTES_PER_MB);

    private final Map<String, PricePlan> plans;
    private final Map<String, String> extraPackageNames;
    private final Map<String, String> zoneNames;

    ComposeInvoice(Map<String, PricePlan> plans, Map<String, String> extraPackageNames, Map<String, String> zoneNames) {
        this.plans = plans;
        this.extraPackageNames = extraPackageNames;
        this.zoneNames = zoneNames;
    }

    /**
     * @param userNames       the holder's name by subscription id (absent: no holder)
     * @param histories       each subscription's term changes, in date order
     */
    List<InvoiceLine> lines(YearMonth month, List<Subscription> subscriptions, Map<Long, String> userNames,
            Map<Long, List<TermChange>> histories, List<UsageChargeRow> usage, List<ExtraPackagePurchase> extraPackages) {
        List<InvoiceLine> lines = new ArrayList<>();
        List<Subscription> byNumber = new ArrayList<>(subscriptions);
        byNumber.sort(Comparator.comparing(subscription -> subscription.msisdn().value()));
        for (Subscription subscription : byNumber) {
            String msisdn = subscription.msisdn().value();
            String user = userNames.get(subscription.id());
            lines.addAll(fees(month, subscription, histories.getOrDefault(subscription.id(), List.of()), msisdn, user));
            usage.stream().filter(row -> row.subscriptionId() == subscription.id())
                    .sorted(Comparator.comparing(UsageChargeRow::month).thenComparing(UsageChargeRow::kind)
                            .thenComparing(UsageChargeRow::zone).thenComparing(UsageChargeRow::provider))
                    .map(row -> usageLine(row, msisdn, user)).filter(line -> line != null).forEach(lines::add);
            extraPackages.stream().filter(purchase -> purchase.subscriptionId() == subscription.id())
                    .map(purchase -> extraPackageLine(purchase, msisdn, user)).forEach(lines::add);
        }
        return lines;
    }

    /** The monthly fee, pro rata for the days active, split where the plan changed. */
    private List<InvoiceLine> fees(YearMonth month, Subscription subscription, List<TermChange> history, String msisdn,
            String user) {
        List<InvoiceLine> fees = new ArrayList<>();
        int daysInMonth = month.lengthOfMonth();
        String segmentPlan = null;
        LocalDate segmentStart = null;
        LocalDate previous = null;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            String plan = subscription.activeOn(day) ? SubscriptionTerms.from(history, day).planCode() : null;
            if (segmentPlan != null && !segmentPlan.equals(plan)) {
                fees.add(fee(segmentPlan, segmentStart, previous, daysInMonth, msisdn, user));
                segmentPlan = null;
            }
            if (plan != null && segmentPlan == null) {
                segmentPlan = plan;
                segmentStart = day;
            }
            previous = day;
        }
        if (segmentPlan != null) {
            fees.add(fee(segmentPlan, segmentStart, previous, daysInMonth, msisdn, user));
        }
        return fees;
    }

    private InvoiceLine fee(String planCode, LocalDate first, LocalDate last, int daysInMonth, String msisdn, String user) {
        PricePlan plan = plans.get(planCode);
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        BigDecimal amount = plan.monthlyFee().multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(daysInMonth), 2, RoundingMode.HALF_UP);
        BigDecimal share = days == daysInMonth ? BigDecimal.ONE
                : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(daysInMonth), 3, RoundingMode.HALF_UP);
        String description = plan.name() + (days == daysInMonth ? "" : " (" + days + " av " + daysInMonth + " dager)");
        return new InvoiceLine(msisdn, user, description, first, last, share, "mnd", amount, 25, LineKind.SUBSCRIPTION_FEE);
    }

    /** One kind of usage as a line; null for what is free and no service (received at home, blocked data). */
    private InvoiceLine usageLine(UsageChargeRow row, String msisdn, String user) {
        ChargeKind kind = row.kind();
        if (kind == ChargeKind.CALL_RECEIVED || kind == ChargeKind.SMS_RECEIVED || kind == ChargeKind.MMS_RECEIVED
                || kind == ChargeKind.DATA_BLOCKED) {
            return null;
        }
        BigDecimal quantity;
        String unit;
        switch (kind) {
            case CALL, CALL_INTERNATIONAL, CALL_ROAMING, CALL_ROAMING_RECEIVED, DIRECTORY -> {
                quantity = BigDecimal.valueOf(row.seconds()).divide(SECONDS_PER_MINUTE, 3, RoundingMode.HALF_UP);
                unit = "min";
            }
            case DATA_PACKAGE, DATA_EXTRA_PACKAGE, DATA_OUTSIDE, DATA_ROAMING -> {
                quantity = BigDecimal.valueOf(row.bytes()).divide(BYTES_PER_MB, 3, RoundingMode.HALF_UP);
                unit = "MB";
            }
            default -> {
                quantity = BigDecimal.valueOf(row.quantity());
                unit = "stk";
            }
        }
        if (quantity.signum() == 0) {
            if (row.amount().signum() == 0) {
                return null;
            }
            quantity = BigDecimal.valueOf(row.events());
            unit = "stk";
        }
        LineKind lineKind = kind == ChargeKind.DIRECTORY || kind == ChargeKind.CONTENT ? LineKind.CONTENT_SERVICE : LineKind.USAGE;
        return new InvoiceLine(msisdn, user, describe(row), row.firstDay(), row.lastDay(), quantity, unit, row.amount(),
                row.vatRate(), lineKind);
    }

    private String describe(UsageChargeRow row) {
        String zone = zoneNames.getOrDefault(row.zone(), row.zone());
        String inEu = "EU".equals(row.zone()) ? " i EU/EØS" : "";
        return switch (row.kind()) {
            case CALL -> "Samtaler" + inEu;
            case CALL_INTERNATIONAL -> "Samtaler til utlandet" + ("EU".equals(row.zone()) ? " (ringt fra EU/EØS)" : "");
            case CALL_ROAMING -> "Samtaler i utlandet – " + zone;
            case CALL_ROAMING_RECEIVED -> "Mottatte samtaler i utlandet – " + zone;
            case DIRECTORY -> "Opplysningstjenester (1800–1899)";
            case SMS -> "SMS" + inEu;
            case SMS_INTERNATIONAL -> "SMS til utlandet";
            case SMS_ROAMING -> "SMS sendt i utlandet – " + zone;
            case MMS -> "MMS" + inEu;
            case MMS_INTERNATIONAL -> "MMS til utlandet";
            case MMS_ROAMING -> "MMS sendt i utlandet – " + zone;
            case DATA_PACKAGE -> "Data i datapakken" + inEu;
            case DATA_EXTRA_PACKAGE -> "Data i ekstra datapakke" + inEu;
            case DATA_OUTSIDE -> "Data utenfor datapakke" + inEu;
            case DATA_ROAMING -> "Data i utlandet – " + zone;
            case CONTENT -> "Innholdstjeneste – " + (row.provider().isBlank() ? "ukjent tilbyder" : row.provider())
                    + (row.vatRate() == 0 ? " (utenfor mva)" : "");
            default -> row.kind().name();
        };
    }

    private InvoiceLine extraPackageLine(ExtraPackagePurchase purchase, String msisdn, String user) {
        LocalDate bought = no.bedriftsportal.shared.Oslo.dateOf(purchase.boughtAt());
        String description = extraPackageNames.getOrDefault(purchase.code(), purchase.code()) + " (kjøpt "
                + NorwegianFormat.date(bought) + (purchase.payer() == Payer.SALARY ? ", trekkes i lønn)" : ")");
        return new InvoiceLine(msisdn, user, description, bought, purchase.month().atEndOfMonth(), BigDecimal.ONE, "stk",
                purchase.price(), 25, LineKind.EXTRA_PACKAGE);
    }
}

package no.bedriftsportal.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.catalog.Units;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.usage.ChargeKind;
import no.bedriftsportal.usage.ExtraPackagePurchase;
import no.bedriftsportal.usage.Payer;
import no.bedriftsportal.usage.UsageChargeRow;

/**
 * The lines of one customer number's invoice for a month (CATALOG.md "Invoices", SPEC F2), per
 * subscription: the monthly fees {@link FeeDays} found to bill and credit (pro rata, each with its
 * own month's period), the usage not invoiced before grouped by kind (included traffic at 0.00),
 * extra packages the company pays, and content services with their own VAT rate. Pure: everything
 * it needs is handed in.
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
     * @param userNames the holder's name by subscription id (absent: no holder)
     * @param fees      each subscription's fee days to bill and credit ({@link FeeDays}), in month and day order
     */
    Draft compose(List<Subscription> subscriptions, Map<Long, String> userNames, Map<Long, List<FeeCharge>> fees,
            List<UsageChargeRow> usage, List<ExtraPackagePurchase> extraPackages) {
        List<InvoiceLine> lines = new ArrayList<>();
        List<FeeLedger.Written> written = new ArrayList<>();
        List<Subscription> byNumber = new ArrayList<>(subscriptions);
        byNumber.sort(Comparator.comparing(subscription -> subscription.msisdn().value()));
        for (Subscription subscription : byNumber) {
            String msisdn = subscription.msisdn().value();
            String user = userNames.get(subscription.id());
            for (FeeCharge fee : fees.getOrDefault(subscription.id(), List.of())) {
                lines.add(feeLine(fee, msisdn, user));
                written.add(new FeeLedger.Written(fee, lines.size()));
            }
            usage.stream().filter(row -> row.subscriptionId() == subscription.id())
                    .sorted(Comparator.comparing(UsageChargeRow::month).thenComparing(UsageChargeRow::kind)
                            .thenComparing(UsageChargeRow::zone).thenComparing(UsageChargeRow::provider))
                    .map(row -> usageLine(row, msisdn, user)).filter(line -> line != null).forEach(lines::add);
            extraPackages.stream().filter(purchase -> purchase.subscriptionId() == subscription.id())
                    .map(purchase -> extraPackageLine(purchase, msisdn, user)).forEach(lines::add);
        }
        return new Draft(lines, written);
    }

    /**
     * The lines of an invoice, and which of them are fee lines for the ledger.
     *
     * @param fees each fee line's charge with its line number (1-based, as stored)
     */
    record Draft(List<InvoiceLine> lines, List<FeeLedger.Written> fees) {
    }

    /**
     * A fee line: the plan and, for part of a month, its days ({@code Bedrift Basis (16 av 31
     * dager)}); a credit names the days and the invoice that billed them, with a negative quantity.
     */
    private InvoiceLine feeLine(FeeCharge fee, String msisdn, String user) {
        PricePlan plan = plans.get(fee.planCode());
        int days = fee.days();
        int daysInMonth = fee.month().lengthOfMonth();
        BigDecimal share = days == daysInMonth ? BigDecimal.ONE
                : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(daysInMonth), 3, RoundingMode.HALF_UP);
        if (fee.credit()) {
            String description = "Kreditering: " + plan.name() + " " + NorwegianFormat.period(fee.firstDay(), fee.lastDay())
                    + " (faktura " + fee.billedOn().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
            return new InvoiceLine(msisdn, user, description, fee.firstDay(), fee.lastDay(),
                    fee.amount().signum() > 0 ? share : share.negate(), "mnd", fee.amount(), 25, LineKind.SUBSCRIPTION_FEE);
        }
        String description = plan.name() + (days == daysInMonth ? "" : " (" + days + " av " + daysInMonth + " dager)");
        return new InvoiceLine(msisdn, user, description, fee.firstDay(), fee.lastDay(), share, "mnd", fee.amount(), 25,
                LineKind.SUBSCRIPTION_FEE);
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

package no.bedriftsportal.billing;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.bedriftsportal.catalog.Catalog;
import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.subscription.InvoicedMonths;
import no.bedriftsportal.subscription.Subscription;
import no.bedriftsportal.subscription.TermChange;

/**
 * Billing's answer to the subscription module's {@link InvoicedMonths}: the months the runs have
 * invoiced, and what the next run would bill and credit of a subscription's fees in them, worked
 * out by the same {@link FeeDays} the run uses, so the warning says what the invoice will do.
 */
@Component
class InvoicedFees implements InvoicedMonths {

    private final FeeLedger ledger;
    private final Catalog catalog;

    InvoicedFees(FeeLedger ledger, Catalog catalog) {
        this.ledger = ledger;
        this.catalog = catalog;
    }

    @Override
    public Optional<Span> invoiced() {
        return ledger.firstInvoicedMonth().map(first -> new Span(first, ledger.latestInvoicedMonth().orElseThrow()));
    }

    @Override
    public List<FeeCorrection> pendingFeeCorrections(Subscription subscription, List<TermChange> history) {
        Optional<Span> invoiced = invoiced();
        if (invoiced.isEmpty()) {
            return List.of();
        }
        FeeDays feeDays = new FeeDays(catalog.plans().stream().collect(Collectors.toMap(PricePlan::code, Function.identity())));
        return feeDays.charges(subscription, history, ledger.entries(subscription.companyId(), subscription.id()),
                        invoiced.get().first(), invoiced.get().latest()).stream()
                .map(charge -> new FeeCorrection(charge.planCode(), charge.firstDay(), charge.lastDay(), charge.credit()))
                .toList();
    }
}

package no.bedriftsportal.usage;

import no.bedriftsportal.catalog.ExtraPackage;
import no.bedriftsportal.catalog.PricePlan;
import no.bedriftsportal.catalog.TariffCode;
import no.bedriftsportal.catalog.Tariffs;
import no.bedriftsportal.catalog.Zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices a DATA record, consuming the month's packages (CATALOG.md, "How an event is rated",
 * rule 2): the monthly package, then extra packages in the order bought, then an automatic extra
 * package, a Datakontroll block, or the price outside the package. The record is split at each
 * byte where a package ends.
 */
final class RateData {

    record Outcome(List<Charge> charges, List<ExtraPackageBought> extraPackagesBought,
                   Optional<DataBlocked> dataBlocked) {
    }

    private final Tariffs tariffs;

    RateData(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    Outcome rate(ParsedCdr cdr, RatingTerms terms, PricePlan plan, Zone visited, DataAllowance allowance) {
        if (!visited.isPricedAsHome()) {
            // Roaming in Z1–Z3: whatever the plan, data does not count against any package
            Charge roaming = Charge.data(DataBucket.OUTSIDE_PACKAGE, Category.ABROAD, cdr.volumeBytes(),
                    Money.perMb(tariffs.roamingTariff(visited).dataMb(), cdr.volumeBytes()));
            return new Outcome(List.of(roaming), List.of(), Optional.empty());
        }
        boolean abroad = visited != Zone.NO;
        long packageBytes = plan.dataPackageBytes();
        if (cdr.volumeBytes() == 0) {
            DataBucket bucket = bucketOfNextByte(allowance, packageBytes);
            Charge empty = Charge.data(bucket, Category.of(abroad, bucket.isIncluded()), 0, Money.ZERO);
            return new Outcome(List.of(empty), List.of(), Optional.empty());
        }

        List<Charge> pieces = new ArrayList<>();
        List<ExtraPackageBought> bought = new ArrayList<>();
        DataBlocked blocked = null;
        long left = cdr.volumeBytes();
        while (left > 0) {
            Charge piece = takeFromPackages(allowance, packageBytes, left, abroad);
            if (piece == null) {
                if (terms.buysExtraPackagesAutomatically()) {
                    bought.add(buyAutomatically(cdr, terms, allowance));
                    continue;
                }
                piece = beyondPackages(terms, left, abroad);
            }
            // Blocked exactly while data is being blocked: data flowing again (a bigger plan,
            // Datakontroll turned off) lifts the block, so that the next one is reported again
            if (piece.dataBucket() != DataBucket.BLOCKED) {
                allowance.liftBlock();
            } else if (allowance.block(cdr.startTime())) {
                blocked = new DataBlocked(terms.subscriptionId(), cdr.startTime());
            }
            pieces.add(piece);
            left -= piece.bytes();
        }
        return new Outcome(pieces, bought, Optional.ofNullable(blocked));
    }

    /** The next piece from the monthly package or else an extra package; null when all are used up. */
    private static Charge takeFromPackages(DataAllowance allowance, long packageBytes, long wanted, boolean abroad) {
        long fromPackage = allowance.takeFromPackage(packageBytes, wanted);
        if (fromPackage > 0) {
            return Charge.data(DataBucket.PACKAGE, Category.of(abroad, true), fromPackage, Money.ZERO);
        }
        long fromExtraPackage = allowance.takeFromNextExtraPackage(wanted);
        if (fromExtraPackage > 0) {
            return Charge.data(DataBucket.EXTRA_PACKAGE, Category.of(abroad, true), fromExtraPackage, Money.ZERO);
        }
        return null;
    }

    private Charge beyondPackages(RatingTerms terms, long bytes, boolean abroad) {
        if (terms.dataControl()) {
            return Charge.data(DataBucket.BLOCKED, Category.of(abroad, false), bytes, Money.ZERO);
        }
        return Charge.data(DataBucket.OUTSIDE_PACKAGE, Category.of(abroad, false), bytes,
                Money.perMb(tariffs.price(TariffCode.DATA_OUTSIDE_PACKAGE_MB), bytes));
    }

    /** Bought at the moment the packages ran out: the start of the event that needs it. */
    private ExtraPackageBought buyAutomatically(ParsedCdr cdr, RatingTerms terms, DataAllowance allowance) {
        ExtraPackage extra = tariffs.extraPackage(terms.autoExtraPackageCode());
        allowance.addExtraPackage(extra.code(), extra.sizeBytes(), cdr.startTime(), terms.autoExtraPackagePayer());
        return new ExtraPackageBought(terms.subscriptionId(), extra.code(), extra.sizeBytes(), cdr.startTime(),
                terms.autoExtraPackagePayer(), Money.each(extra.price()));
    }

    /** Where a record of 0 bytes belongs; it uses, buys and blocks nothing. */
    private static DataBucket bucketOfNextByte(DataAllowance allowance, long packageBytes) {
        if (allowance.hasPackageRoom(packageBytes)) {
            return DataBucket.PACKAGE;
        }
        if (allowance.hasExtraPackageRoom()) {
            return DataBucket.EXTRA_PACKAGE;
        }
        return allowance.isBlocked() ? DataBucket.BLOCKED : DataBucket.OUTSIDE_PACKAGE;
    }
}

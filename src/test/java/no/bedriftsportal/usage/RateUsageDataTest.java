package no.bedriftsportal.usage;

import static no.bedriftsportal.usage.TermsMother.SUBSCRIPTION_ID;
import static no.bedriftsportal.usage.TermsMother.onPlan;
import static no.bedriftsportal.usage.TermsMother.withAutomaticExtraPackage;
import static no.bedriftsportal.usage.TermsMother.withDataControl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Data: packages, extra packages, automatic purchases, Datakontroll and roaming (CATALOG.md, rule 2). */
class RateUsageDataTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final long GB = 1_000_000_000L;

    private final RateUsage rateUsage = new RateUsage(TariffsMother.catalog());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                                   | plan   | visited | used before   | bytes         | bucket          | amount | category            | used after
            FRI_1 300 MB at home: in the package                     | FRI_1  | NO      | 0             | 300000000     | PACKAGE         | 0.00   | FIXED_PRICE         | 300000000
            FRI_5 exactly its 5 GB: in the package                   | FRI_5  | NO      | 0             | 5000000000    | PACKAGE         | 0.00   | FIXED_PRICE         | 5000000000
            FRI_20 50 MiB: in the package                            | FRI_20 | NO      | 19000000000   | 52428800      | PACKAGE         | 0.00   | FIXED_PRICE         | 19052428800
            MBB_50 50 MiB: in the package                            | MBB_50 | NO      | 0             | 52428800      | PACKAGE         | 0.00   | FIXED_PRICE         | 52428800
            BASIS 52,428,800 B: 0.10 × 52.4288 MB = 5.24288          | BASIS  | NO      | 0             | 52428800      | OUTSIDE_PACKAGE | 5.24   | OUTSIDE_FIXED_PRICE | 0
            BASIS 50,000 B: 0.10 × 0.05 MB = 0.005, half up          | BASIS  | NO      | 0             | 50000         | OUTSIDE_PACKAGE | 0.01   | OUTSIDE_FIXED_PRICE | 0
            BASIS 49,999 B: 0.0049999                                | BASIS  | NO      | 0             | 49999         | OUTSIDE_PACKAGE | 0.00   | OUTSIDE_FIXED_PRICE | 0
            FRI_1 package used up: 0.10 × 52.4288 MB                 | FRI_1  | NO      | 1000000000    | 52428800      | OUTSIDE_PACKAGE | 5.24   | OUTSIDE_FIXED_PRICE | 1000000000
            FRI_1 in SE (EU): counts against the package             | FRI_1  | SE      | 0             | 300000000     | PACKAGE         | 0.00   | ABROAD              | 300000000
            BASIS in SE (EU): domestic 0.10 per MB                   | BASIS  | SE      | 0             | 52428800      | OUTSIDE_PACKAGE | 5.24   | ABROAD              | 0
            FRI_1 in GB (Z1): 2.00 × 52.4288 MB = 104.8576           | FRI_1  | GB      | 0             | 52428800      | OUTSIDE_PACKAGE | 104.86 | ABROAD              | 0
            FRI_1 in US (Z2): 4.00 × 52.4288 MB = 209.7152           | FRI_1  | US      | 0             | 52428800      | OUTSIDE_PACKAGE | 209.72 | ABROAD              | 0
            FRI_1 in TH (Z3): 9.90 × 52.4288 MB = 519.0451           | FRI_1  | TH      | 0             | 52428800      | OUTSIDE_PACKAGE | 519.05 | ABROAD              | 0
            MBB_50 in TH (Z3): whatever the plan                     | MBB_50 | TH      | 0             | 52428800      | OUTSIDE_PACKAGE | 519.05 | ABROAD              | 0
            BASIS in TH (Z3): whatever the plan                      | BASIS  | TH      | 0             | 52428800      | OUTSIDE_PACKAGE | 519.05 | ABROAD              | 0
            """)
    void ratesDataThatFitsOnePiece(String description, String plan, String visited, long usedBefore, long bytes,
                                   DataBucket bucket, BigDecimal amount, Category category, long usedAfter) {
        DataAllowance allowance = allowanceWithPackageUsed(usedBefore);

        RatingResult result = rateUsage.rate(data(bytes).visiting(visited).build(), onPlan(plan), allowance);

        assertThat(pieces(result)).containsExactly(new Piece(bucket, bytes, amount, category));
        RatedEvent event = ((RatingResult.Rated) result).events().get(0);
        assertThat(event.costGroup()).isEqualTo(CostGroup.DATA);
        assertThat(event.count()).isZero();
        assertThat(event.vatRate()).isEqualTo(25);
        assertThat(allowance.packageUsedBytes()).isEqualTo(usedAfter);
    }

    @Test
    void splitsAnEventAtTheByteWhereThePackageEnds() {
        DataAllowance allowance = allowanceWithPackageUsed(999_000_000);

        RatingResult result = rateUsage.rate(data(52_428_800).id("d-1").build(), onPlan("FRI_1"), allowance);

        // 1,000,000 bytes were left of 1 GB; the other 51,428,800 × 0.10 / 1,000,000 = 5.14288
        assertThat(pieces(result)).containsExactly(
                new Piece(DataBucket.PACKAGE, 1_000_000, nok("0.00"), Category.FIXED_PRICE),
                new Piece(DataBucket.OUTSIDE_PACKAGE, 51_428_800, nok("5.14"), Category.OUTSIDE_FIXED_PRICE));
        assertThat(((RatingResult.Rated) result).events())
                .extracting(RatedEvent::cdrId, RatedEvent::pieceNo)
                .containsExactly(tuple("d-1", 0), tuple("d-1", 1));
        assertThat(allowance.packageUsedBytes()).isEqualTo(GB);
    }

    @Test
    void usesExtraPackagesInTheOrderBoughtAfterThePackage() {
        DataAllowance allowance = allowanceWithPackageUsed(GB);
        allowance.addExtraPackage("EXTRA_1", GB, instant("2026-10-10T10:00:00+02:00"), Payer.COMPANY);
        allowance.addExtraPackage("EXTRA_5", 5 * GB, instant("2026-10-11T10:00:00+02:00"), Payer.VIPPS);
        rateUsage.rate(data(999_500_000).build(), onPlan("FRI_1"), allowance);

        RatingResult result = rateUsage.rate(data(2_000_000).build(), onPlan("FRI_1"), allowance);

        assertThat(pieces(result)).containsExactly(
                new Piece(DataBucket.EXTRA_PACKAGE, 500_000, nok("0.00"), Category.FIXED_PRICE),
                new Piece(DataBucket.EXTRA_PACKAGE, 1_500_000, nok("0.00"), Category.FIXED_PRICE));
        assertThat(allowance.extraPackages()).extracting(ExtraPackageBalance::usedBytes).containsExactly(GB, 1_500_000L);
    }

    @Test
    void takesAPlanWithoutAPackageStraightToItsExtraPackages() {
        DataAllowance allowance = DataAllowance.unused(OCTOBER);
        allowance.addExtraPackage("EXTRA_1", GB, instant("2026-10-01T10:00:00+02:00"), Payer.SALARY);

        RatingResult result = rateUsage.rate(data(1_000_000_100).build(), onPlan("BASIS"), allowance);

        assertThat(pieces(result)).containsExactly(
                new Piece(DataBucket.EXTRA_PACKAGE, GB, nok("0.00"), Category.FIXED_PRICE),
                new Piece(DataBucket.OUTSIDE_PACKAGE, 100, nok("0.00"), Category.OUTSIDE_FIXED_PRICE));
    }

    @Test
    void takesTheSizeOfThePackageFromThePlanInEffect() {
        DataAllowance allowance = allowanceWithPackageUsed(GB);

        RatingResult result = rateUsage.rate(data(300_000_000).build(), onPlan("FRI_5"), allowance);

        assertThat(pieces(result)).containsExactly(
                new Piece(DataBucket.PACKAGE, 300_000_000, nok("0.00"), Category.FIXED_PRICE));
    }

    @Nested
    class AutomaticExtraPackages {

        @Test
        void buysOneWhenThePackageRunsOutAndGoesOnFromIt() {
            DataAllowance allowance = allowanceWithPackageUsed(999_000_000);
            RatingTerms terms = withAutomaticExtraPackage("FRI_1", "EXTRA_5", Payer.SALARY);
            Instant at = instant("2026-10-20T21:00:00+02:00");

            RatingResult result = rateUsage.rate(data(3_000_000).at("2026-10-20T21:00:00+02:00").build(), terms,
                    allowance);

            assertThat(pieces(result)).containsExactly(
                    new Piece(DataBucket.PACKAGE, 1_000_000, nok("0.00"), Category.FIXED_PRICE),
                    new Piece(DataBucket.EXTRA_PACKAGE, 2_000_000, nok("0.00"), Category.FIXED_PRICE));
            assertThat(((RatingResult.Rated) result).extraPackagesBought()).containsExactly(
                    new ExtraPackageBought(SUBSCRIPTION_ID, "EXTRA_5", 5 * GB, at, Payer.SALARY, nok("199.00")));
            assertThat(allowance.extraPackages()).containsExactly(
                    new ExtraPackageBalance("EXTRA_5", 5 * GB, at, Payer.SALARY, 2_000_000));
        }

        @Test
        void usesTheBoughtPackageBeforeBuyingAnother() {
            DataAllowance allowance = allowanceWithPackageUsed(GB);
            RatingTerms terms = withAutomaticExtraPackage("FRI_1", "EXTRA_1", Payer.COMPANY);
            rateUsage.rate(data(1_000).build(), terms, allowance);

            RatingResult result = rateUsage.rate(data(2_000).build(), terms, allowance);

            assertThat(pieces(result)).containsExactly(
                    new Piece(DataBucket.EXTRA_PACKAGE, 2_000, nok("0.00"), Category.FIXED_PRICE));
            assertThat(((RatingResult.Rated) result).extraPackagesBought()).isEmpty();
            assertThat(allowance.extraPackages()).hasSize(1);
        }

        @Test
        void buysSeveralForOneHugeEvent() {
            DataAllowance allowance = DataAllowance.unused(OCTOBER);
            RatingTerms terms = withAutomaticExtraPackage("FRI_1", "EXTRA_1", Payer.COMPANY);

            RatingResult result = rateUsage.rate(data(3_500_000_000L).build(), terms, allowance);

            assertThat(pieces(result)).containsExactly(
                    new Piece(DataBucket.PACKAGE, GB, nok("0.00"), Category.FIXED_PRICE),
                    new Piece(DataBucket.EXTRA_PACKAGE, GB, nok("0.00"), Category.FIXED_PRICE),
                    new Piece(DataBucket.EXTRA_PACKAGE, GB, nok("0.00"), Category.FIXED_PRICE),
                    new Piece(DataBucket.EXTRA_PACKAGE, 500_000_000, nok("0.00"), Category.FIXED_PRICE));
            assertThat(((RatingResult.Rated) result).extraPackagesBought())
                    .extracting(ExtraPackageBought::code, ExtraPackageBought::price)
                    .containsExactly(
                            tuple("EXTRA_1", nok("79.00")),
                            tuple("EXTRA_1", nok("79.00")),
                            tuple("EXTRA_1", nok("79.00")));
        }

        @Test
        void winOverDatakontroll() {
            DataAllowance allowance = allowanceWithPackageUsed(GB);
            RatingTerms terms = new RatingTerms(SUBSCRIPTION_ID, "FRI_1", true, "EXTRA_15", Payer.VIPPS);

            RatingResult result = rateUsage.rate(data(1_000).build(), terms, allowance);

            assertThat(pieces(result)).containsExactly(
                    new Piece(DataBucket.EXTRA_PACKAGE, 1_000, nok("0.00"), Category.FIXED_PRICE));
            assertThat(((RatingResult.Rated) result).extraPackagesBought())
                    .extracting(ExtraPackageBought::price).containsExactly(nok("349.00"));
            assertThat(((RatingResult.Rated) result).dataBlocked()).isEmpty();
        }

        @Test
        void refuseAnUnknownPackage() {
            RatingTerms terms = withAutomaticExtraPackage("BASIS", "EXTRA_2", Payer.COMPANY);

            assertThatThrownBy(() -> rateUsage.rate(data(1).build(), terms, DataAllowance.unused(OCTOBER)))
                    .hasMessage("unknown extra package EXTRA_2");
        }
    }

    @Nested
    class Datakontroll {

        private final RatingTerms terms = withDataControl("FRI_1");
        private final DataAllowance allowance = allowanceWithPackageUsed(999_000_000);

        @Test
        void blocksTheRestWhenThePackageRunsOutAndSaysSoOnce() {
            RatingResult first = rateUsage.rate(data(3_000_000).at("2026-10-20T21:00:00+02:00").build(), terms,
                    allowance);
            RatingResult later = rateUsage.rate(data(1_000).at("2026-10-21T08:00:00+02:00").build(), terms, allowance);

            assertThat(pieces(first)).containsExactly(
                    new Piece(DataBucket.PACKAGE, 1_000_000, nok("0.00"), Category.FIXED_PRICE),
                    new Piece(DataBucket.BLOCKED, 2_000_000, nok("0.00"), Category.OUTSIDE_FIXED_PRICE));
            Instant blockedAt = instant("2026-10-20T21:00:00+02:00");
            assertThat(((RatingResult.Rated) first).dataBlocked()).contains(new DataBlocked(SUBSCRIPTION_ID, blockedAt));
            assertThat(pieces(later)).containsExactly(
                    new Piece(DataBucket.BLOCKED, 1_000, nok("0.00"), Category.OUTSIDE_FIXED_PRICE));
            assertThat(((RatingResult.Rated) later).dataBlocked()).isEmpty();
            assertThat(allowance.blockedAt()).contains(blockedAt);
        }

        @Test
        void blocksDataInTheEuToo() {
            rateUsage.rate(data(3_000_000).build(), terms, allowance);

            RatingResult result = rateUsage.rate(data(1_000).visiting("ES").build(), terms, allowance);

            assertThat(pieces(result)).containsExactly(
                    new Piece(DataBucket.BLOCKED, 1_000, nok("0.00"), Category.ABROAD));
        }

        @Test
        void doesNotBlockRoamingOutsideTheEu() {
            rateUsage.rate(data(3_000_000).build(), terms, allowance);

            RatingResult result = rateUsage.rate(data(52_428_800).visiting("TH").build(), terms, allowance);

            assertThat(pieces(result)).containsExactly(
                    new Piece(DataBucket.OUTSIDE_PACKAGE, 52_428_800, nok("519.05"), Category.ABROAD));
        }

        @Test
        void isLiftedByAnExtraPackageBoughtByHandAndBlocksAgainWhenThatRunsOut() {
            rateUsage.rate(data(3_000_000).build(), terms, allowance);
            allowance.addExtraPackage("EXTRA_1", GB, instant("2026-10-22T12:00:00+02:00"), Payer.VIPPS);
            assertThat(allowance.blockedAt()).isEmpty();

            RatingResult inPackage = rateUsage.rate(data(1_000).build(), terms, allowance);
            RatingResult runsOut = rateUsage.rate(data(GB).at("2026-10-23T12:00:00+02:00").build(), terms, allowance);

            assertThat(pieces(inPackage)).containsExactly(
                    new Piece(DataBucket.EXTRA_PACKAGE, 1_000, nok("0.00"), Category.FIXED_PRICE));
            assertThat(pieces(runsOut)).containsExactly(
                    new Piece(DataBucket.EXTRA_PACKAGE, 999_999_000, nok("0.00"), Category.FIXED_PRICE),
                    new Piece(DataBucket.BLOCKED, 1_000, nok("0.00"), Category.OUTSIDE_FIXED_PRICE));
            assertThat(((RatingResult.Rated) runsOut).dataBlocked())
                    .contains(new DataBlocked(SUBSCRIPTION_ID, instant("2026-10-23T12:00:00+02:00")));
        }

        @Test
        void isLiftedWhenABiggerPlanBringsDataBackAndBlocksAgainWhenThatRunsOut() {
            rateUsage.rate(data(3_000_000).build(), terms, allowance);
            RatingTerms biggerPlan = withDataControl("FRI_5");

            RatingResult flows = rateUsage.rate(data(1_000).build(), biggerPlan, allowance);
            assertThat(allowance.blockedAt()).isEmpty();
            RatingResult runsOut = rateUsage.rate(data(4 * GB).at("2026-10-25T12:00:00+01:00").build(), biggerPlan,
                    allowance);

            assertThat(pieces(flows)).containsExactly(
                    new Piece(DataBucket.PACKAGE, 1_000, nok("0.00"), Category.FIXED_PRICE));
            assertThat(pieces(runsOut)).containsExactly(
                    new Piece(DataBucket.PACKAGE, 3_999_999_000L, nok("0.00"), Category.FIXED_PRICE),
                    new Piece(DataBucket.BLOCKED, 1_000, nok("0.00"), Category.OUTSIDE_FIXED_PRICE));
            assertThat(((RatingResult.Rated) runsOut).dataBlocked())
                    .contains(new DataBlocked(SUBSCRIPTION_ID, instant("2026-10-25T12:00:00+01:00")));
        }

        @Test
        void isLiftedWhenDatakontrollIsTurnedOff() {
            rateUsage.rate(data(3_000_000).build(), terms, allowance);

            RatingResult result = rateUsage.rate(data(10_000_000).build(), onPlan("FRI_1"), allowance);

            assertThat(pieces(result)).containsExactly(
                    new Piece(DataBucket.OUTSIDE_PACKAGE, 10_000_000, nok("1.00"), Category.OUTSIDE_FIXED_PRICE));
            assertThat(allowance.blockedAt()).isEmpty();
        }

        @Test
        void blocksAPlanWithoutAPackageFromTheFirstByte() {
            RatingResult result = rateUsage.rate(data(1_000).build(), withDataControl("BASIS"),
                    DataAllowance.unused(OCTOBER));

            assertThat(pieces(result)).containsExactly(
                    new Piece(DataBucket.BLOCKED, 1_000, nok("0.00"), Category.OUTSIDE_FIXED_PRICE));
            assertThat(((RatingResult.Rated) result).dataBlocked()).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                | used before | blocked | bucket
            package has room                      | 0           | false   | PACKAGE
            package used up                       | 1000000000  | false   | OUTSIDE_PACKAGE
            package used up and blocked           | 1000000000  | true    | BLOCKED
            """)
    void placesAnEventOfZeroBytesWhereTheNextByteWouldGoWithoutBlocking(String description, long usedBefore,
                                                                        boolean blocked, DataBucket bucket) {
        DataAllowance allowance = allowanceWithPackageUsed(usedBefore);
        if (blocked) {
            allowance.block(instant("2026-10-01T00:00:00+02:00"));
        }

        RatingResult result = rateUsage.rate(data(0).build(), withDataControl("FRI_1"), allowance);

        assertThat(pieces(result)).extracting(Piece::bucket, Piece::bytes, Piece::amount)
                .containsExactly(tuple(bucket, 0L, nok("0.00")));
        assertThat(((RatingResult.Rated) result).dataBlocked()).isEmpty();
    }

    @Test
    void refusesAnAllowanceOfAnotherMonth() {
        // 23:30 UTC on 31 October is 00:30 on 1 November in Oslo
        ParsedCdr cdr = data(1_000).id("d-9").at("2026-10-31T23:30:00Z").build();

        assertThatThrownBy(() -> rateUsage.rate(cdr, onPlan("FRI_1"), DataAllowance.unused(OCTOBER)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record d-9 is in 2026-11, the allowance is for 2026-10");
    }

    private static CdrMother.Builder data(long bytes) {
        return CdrMother.data(bytes);
    }

    private static DataAllowance allowanceWithPackageUsed(long bytes) {
        return DataAllowance.restore(new DataAllowanceState(OCTOBER, bytes, List.of(), null));
    }

    private static Instant instant(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    private static BigDecimal nok(String amount) {
        return new BigDecimal(amount);
    }

    record Piece(DataBucket bucket, long bytes, BigDecimal amount, Category category) {
    }

    private static List<Piece> pieces(RatingResult result) {
        assertThat(result).isInstanceOf(RatingResult.Rated.class);
        return ((RatingResult.Rated) result).events().stream()
                .map(event -> new Piece(event.dataBucket(), event.bytes(), event.amount(), event.category()))
                .toList();
    }
}

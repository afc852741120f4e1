package no.bedriftsportal.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataAllowanceTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final Instant BOUGHT = Instant.parse("2026-10-05T10:00:00Z");
    private static final Instant BLOCKED = Instant.parse("2026-10-20T19:00:00Z");

    @Test
    void survivesAStoreAndRestore() {
        DataAllowance allowance = DataAllowance.unused(OCTOBER);
        allowance.takeFromPackage(1_000_000_000, 1_000_000_000);
        allowance.addExtraPackage("EXTRA_1", 1_000_000_000, BOUGHT, Payer.VIPPS);
        allowance.takeFromNextExtraPackage(400_000_000);
        allowance.block(BLOCKED);

        DataAllowanceState state = allowance.state();

        assertThat(state).isEqualTo(new DataAllowanceState(OCTOBER, 1_000_000_000,
                List.of(new ExtraPackageBalance("EXTRA_1", 1_000_000_000, BOUGHT, Payer.VIPPS, 400_000_000)), BLOCKED));
        assertThat(DataAllowance.restore(state).state()).isEqualTo(state);
    }

    @Test
    void takesFromOneExtraPackageAtATime() {
        DataAllowance allowance = DataAllowance.unused(OCTOBER);
        allowance.addExtraPackage("EXTRA_1", 1_000, BOUGHT, Payer.COMPANY);
        allowance.addExtraPackage("EXTRA_5", 5_000, BOUGHT, Payer.COMPANY);

        assertThat(allowance.takeFromNextExtraPackage(1_500)).isEqualTo(1_000);
        assertThat(allowance.takeFromNextExtraPackage(500)).isEqualTo(500);
        assertThat(allowance.extraPackages()).extracting(ExtraPackageBalance::remainingBytes).containsExactly(0L, 4_500L);
    }

    @Test
    void leavesAPackageThatShrankWithAPlanChangeAlone() {
        DataAllowance allowance = DataAllowance.restore(new DataAllowanceState(OCTOBER, 5_000_000_000L, List.of(), null));

        assertThat(allowance.takeFromPackage(1_000_000_000, 10)).isZero();
        assertThat(allowance.packageUsedBytes()).isEqualTo(5_000_000_000L);
    }

    @Test
    void reportsABlockOnlyOnceUntilAPackageIsBought() {
        DataAllowance allowance = DataAllowance.unused(OCTOBER);

        assertThat(allowance.block(BLOCKED)).isTrue();
        assertThat(allowance.block(BLOCKED.plusSeconds(60))).isFalse();
        assertThat(allowance.blockedAt()).contains(BLOCKED);
        allowance.addExtraPackage("EXTRA_1", 1_000, BOUGHT, Payer.SALARY);
        assertThat(allowance.blockedAt()).isEmpty();
    }

    @Test
    void refusesAnExtraPackageUsedBeyondItsSize() {
        assertThatThrownBy(() -> new ExtraPackageBalance("EXTRA_1", 1_000, BOUGHT, Payer.COMPANY, 1_001))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

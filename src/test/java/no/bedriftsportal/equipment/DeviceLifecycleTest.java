package no.bedriftsportal.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import no.bedriftsportal.shared.InvalidInputException;

/** The device's state machine (E2): every allowed transition with where it leads, and the refused ones. */
class DeviceLifecycleTest {

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of(DeviceStatus.IN_STOCK, DeviceAction.HAND_OVER, true, DeviceStatus.IN_USE),
                Arguments.of(DeviceStatus.IN_STOCK, DeviceAction.SEND_TO_REPAIR, false, DeviceStatus.IN_REPAIR),
                Arguments.of(DeviceStatus.IN_STOCK, DeviceAction.REPORT_LOST, false, DeviceStatus.LOST),
                Arguments.of(DeviceStatus.IN_STOCK, DeviceAction.RETIRE, false, DeviceStatus.RETIRED),
                Arguments.of(DeviceStatus.IN_USE, DeviceAction.HAND_OVER, true, DeviceStatus.IN_USE),
                Arguments.of(DeviceStatus.IN_USE, DeviceAction.TAKE_BACK, false, DeviceStatus.IN_STOCK),
                Arguments.of(DeviceStatus.IN_USE, DeviceAction.SEND_TO_REPAIR, true, DeviceStatus.IN_REPAIR),
                Arguments.of(DeviceStatus.IN_USE, DeviceAction.REPORT_LOST, true, DeviceStatus.LOST),
                Arguments.of(DeviceStatus.IN_USE, DeviceAction.SELL_TO_EMPLOYEE, true, DeviceStatus.SOLD_TO_EMPLOYEE),
                Arguments.of(DeviceStatus.IN_REPAIR, DeviceAction.BACK_FROM_REPAIR, true, DeviceStatus.IN_USE),
                Arguments.of(DeviceStatus.IN_REPAIR, DeviceAction.BACK_FROM_REPAIR, false, DeviceStatus.IN_STOCK),
                Arguments.of(DeviceStatus.IN_REPAIR, DeviceAction.REPORT_LOST, false, DeviceStatus.LOST),
                Arguments.of(DeviceStatus.IN_REPAIR, DeviceAction.RETIRE, false, DeviceStatus.RETIRED),
                Arguments.of(DeviceStatus.LOST, DeviceAction.FOUND, false, DeviceStatus.IN_STOCK),
                Arguments.of(DeviceStatus.LOST, DeviceAction.RETIRE, false, DeviceStatus.RETIRED));
    }

    @ParameterizedTest(name = "{0} --{1}--> {3}")
    @MethodSource("allowed")
    void allowedTransitionsLeadWhereTheyShould(DeviceStatus from, DeviceAction action, boolean holder, DeviceStatus to) {
        assertThat(DeviceLifecycle.allowed(from)).contains(action);
        assertThat(DeviceLifecycle.next(from, action, holder)).isEqualTo(to);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(DeviceStatus.IN_STOCK, DeviceAction.TAKE_BACK),
                Arguments.of(DeviceStatus.IN_STOCK, DeviceAction.SELL_TO_EMPLOYEE),
                Arguments.of(DeviceStatus.IN_STOCK, DeviceAction.BACK_FROM_REPAIR),
                Arguments.of(DeviceStatus.IN_USE, DeviceAction.RETIRE),
                Arguments.of(DeviceStatus.IN_USE, DeviceAction.FOUND),
                Arguments.of(DeviceStatus.IN_REPAIR, DeviceAction.HAND_OVER),
                Arguments.of(DeviceStatus.IN_REPAIR, DeviceAction.SEND_TO_REPAIR),
                Arguments.of(DeviceStatus.LOST, DeviceAction.HAND_OVER),
                Arguments.of(DeviceStatus.LOST, DeviceAction.SELL_TO_EMPLOYEE),
                Arguments.of(DeviceStatus.RETIRED, DeviceAction.HAND_OVER),
                Arguments.of(DeviceStatus.RETIRED, DeviceAction.FOUND),
                Arguments.of(DeviceStatus.SOLD_TO_EMPLOYEE, DeviceAction.TAKE_BACK));
    }

    @ParameterizedTest(name = "{0} -/{1}/->")
    @MethodSource("refused")
    void refusedTransitionsNameTheAction(DeviceStatus from, DeviceAction action) {
        assertThat(DeviceLifecycle.allowed(from)).doesNotContain(action);
        assertThatThrownBy(() -> DeviceLifecycle.next(from, action, true)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("action"));
    }

    @Test
    void retiredAndSoldAreFinal() {
        assertThat(DeviceLifecycle.allowed(DeviceStatus.RETIRED)).isEmpty();
        assertThat(DeviceLifecycle.allowed(DeviceStatus.SOLD_TO_EMPLOYEE)).isEmpty();
        for (DeviceStatus status : DeviceStatus.values()) {
            assertThat(DeviceLifecycle.allowed(status).isEmpty()).isEqualTo(!status.active());
        }
    }
}

package no.bedriftsportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A start outside the demo (profile {@code prod}) without the settings that have no safe default
 * refuses to run, names what is missing, and gets nowhere near sending (or logging) a code.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTest {

    @Test
    void withoutOperatorTokenAndSmsGatewayTheStartIsRefusedNamingBoth(CapturedOutput output) {
        assertThatThrownBy(() -> start("prod"))
                .hasMessageContaining("PORTAL_OPERATOR_TOKEN").hasMessageContaining("PORTAL_SMS_GATEWAY")
                .hasMessageContaining("outside the demo");

        assertThat(output).doesNotContain("Started Bedriftsportal", "engangskode", "SMS to", "embedded PostgreSQL");
    }

    @Test
    void withATokenButNoGatewayOnlyTheGatewayIsNamed() {
        assertThatThrownBy(() -> start("prod", "portal.operator.token=a-long-random-token"))
                .hasMessageContaining("PORTAL_SMS_GATEWAY").hasMessageNotContaining("PORTAL_OPERATOR_TOKEN");
    }

    @Test
    void theSmsGatewayMustBeSetOutrightNotLeftToADefault() {
        assertThatThrownBy(() -> start("prod", "portal.operator.token=a-long-random-token", "portal.sms.gateway="))
                .hasMessageContaining("PORTAL_SMS_GATEWAY");
    }

    private static void start(String profile, String... properties) {
        String[] arguments = java.util.Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new);
        new SpringApplicationBuilder(Bedriftsportal.class).profiles(profile)
                .properties("server.port=0", "portal.database.embedded.data-dir=target/prod-start-postgres",
                        "portal.jobs.enabled=false")
                .run(arguments).close();
    }
}

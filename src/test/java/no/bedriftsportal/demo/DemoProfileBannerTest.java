package no.bedriftsportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoProfileBannerTest {

    @Test
    void saysItIsTheDemoAndWhereItListens() {
        String text = DemoProfileBanner.text(new MockEnvironment().withProperty("server.address", "127.0.0.1")
                .withProperty("local.server.port", "8080"));

        assertThat(text).contains("THIS IS THE DEMO", "/dev/sms", "Listening on 127.0.0.1, port 8080 (this machine only",
                "SERVER_ADDRESS");
    }

    @Test
    void warnsWhenTheDemoIsReachableFromOtherMachines() {
        String text = DemoProfileBanner.text(new MockEnvironment().withProperty("server.address", "0.0.0.0"));

        assertThat(text).contains("THIS IS THE DEMO", "Listening on 0.0.0.0", "REACHABLE FROM OTHER MACHINES");
    }
}

package no.bedriftsportal.demo.vipps;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the {@link VippsSimulator} when {@code portal.vipps.simulator.enabled=true} (set by the demo
 * profile and the tests; production never sets it), and tells it the portal's webhook URL once the
 * portal's port is known.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = VippsSimulatorSettings.ENABLED, havingValue = "true")
class VippsSimulatorConfiguration {

    @Bean(destroyMethod = "stop")
    VippsSimulator vippsSimulator(Environment environment, Clock clock) throws IOException {
        VippsSimulator simulator = new VippsSimulator(new VippsSimulator.Keys(
                environment.getRequiredProperty("portal.vipps.client-id"),
                environment.getRequiredProperty("portal.vipps.client-secret"),
                environment.getRequiredProperty("portal.vipps.subscription-key"),
                environment.getRequiredProperty("portal.vipps.merchant-serial-number"),
                environment.getRequiredProperty("portal.vipps.webhook-secret")),
                environment.getProperty("portal.vipps.simulator.merchant-name", "Bedriftsportal (demo)"),
                environment.getProperty("portal.vipps.simulator.expiry", Duration.class, Duration.ofMinutes(5)), clock);
        simulator.start(environment.getRequiredProperty(VippsSimulatorSettings.PORT, Integer.class));
        return simulator;
    }

    @Bean
    ApplicationListener<WebServerInitializedEvent> vippsSimulatorWebhookUrl(VippsSimulator simulator) {
        return event -> simulator.webhookUrl("http://127.0.0.1:" + event.getWebServer().getPort() + "/webhooks/vipps");
    }
}

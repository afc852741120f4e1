package no.bedriftsportal.demo.vipps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code portal.vipps.simulator.enabled=true} (the demo and the tests, never production), points
 * {@code portal.vipps.*} at the {@link VippsSimulator} before any bean reads them: its loopback port
 * ({@code portal.vipps.simulator.port}, 0 for a free one, chosen here) and documented demo keys. These
 * come last, so a {@code PORTAL_VIPPS_*} variable that is set still wins (and the simulator then
 * expects that key).
 */
class VippsSimulatorSettings implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "portal.vipps.simulator.enabled";
    static final String PORT = "portal.vipps.simulator.port";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, false)) {
            return;
        }
        int port = environment.getProperty(PORT, Integer.class, 0);
        if (port == 0) {
            port = freePort();
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(PORT, port);
        settings.put("portal.vipps.base-url", "http://127.0.0.1:" + port);
        settings.put("portal.vipps.client-id", "demo-client-id");
        settings.put("portal.vipps.client-secret", "demo-client-secret");
        settings.put("portal.vipps.subscription-key", "demo-subscription-key");
        settings.put("portal.vipps.merchant-serial-number", "123456");
        settings.put("portal.vipps.webhook-secret", "demo-webhook-secret");
        environment.getPropertySources().addFirst(new MapPropertySource("vippsSimulatorPort", Map.of(PORT, port)));
        environment.getPropertySources().addLast(new MapPropertySource("vippsSimulator", settings));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the application's own properties are read
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

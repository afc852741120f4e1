package no.bedriftsportal.identity;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;

import org.springframework.core.env.Environment;

/**
 * The origins a passkey may be used from, read each time Spring Security checks one: an origin may
 * name {@code {port}}, the port the server was given at start ({@code local.server.port}), for a
 * server on a random port (the tests, with Chromium's virtual authenticator). Spring Security's
 * relying party keeps the set it was given and reads it at each ceremony.
 */
final class PasskeyOrigins extends AbstractSet<String> {

    private final List<String> configured;
    private final Environment environment;

    PasskeyOrigins(java.util.Collection<String> configured, Environment environment) {
        this.configured = List.copyOf(configured);
        this.environment = environment;
    }

    @Override
    public Iterator<String> iterator() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return configured.stream().map(origin -> origin.replace("{port}", port)).distinct().iterator();
    }

    @Override
    public int size() {
        return (int) configured.stream().distinct().count();
    }
}

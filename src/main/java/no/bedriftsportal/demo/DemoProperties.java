package no.bedriftsportal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.demo.*}: whether to create the demo company on an empty database, its size and
 * the seed that makes it the same every time.
 */
@ConfigurationProperties("portal.demo")
record DemoProperties(boolean enabled, long seed, int employees) {

    DemoProperties {
        seed = seed == 0 ? 20261127L : seed;
        employees = employees <= 0 ? 150 : employees;
    }
}
